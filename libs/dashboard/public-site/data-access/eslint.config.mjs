import dashboard from '../../eslint.config.mjs';

export default dashboard;
