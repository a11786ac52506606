import dashboard from '../../libs/dashboard/eslint.config.mjs';

/** The app follows the rules of the dashboard's libraries. */
export default dashboard;
