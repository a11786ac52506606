const { angularLibrary } = require('../../../../jest.angular.cjs');

module.exports = angularLibrary('dashboard-shared-data-access');
