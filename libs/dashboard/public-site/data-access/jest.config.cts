const { angularLibrary } = require('../../../../jest.preset.js');

module.exports = angularLibrary(__dirname, 'dashboard-public-site-data-access');
