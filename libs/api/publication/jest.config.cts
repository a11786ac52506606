const { nodeProject } = require('../../../jest.preset.js');

module.exports = nodeProject(__dirname, 'api-publication');
