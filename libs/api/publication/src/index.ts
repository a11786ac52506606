export * from './lib/publication.module';
export * from './lib/public-view/public-view';
export * from './lib/public-view/publication-source.service';
export * from './lib/settings/open-data-settings.entity';
export * from './lib/settings/dtos/open-data-settings.dto';
export * from './lib/open-data/catalog-graph';
export * from './lib/open-data/catalog-serialisation';
export * from './lib/open-data/measure-distributions';
