const { angularLibrary } = require('../../../../jest.angular.cjs');

module.exports = angularLibrary('dashboard-funding-data-access');
