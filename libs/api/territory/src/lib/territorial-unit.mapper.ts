import { TerritorialUnitEntity } from './territorial-unit.entity';
import { TerritorialUnit } from './dtos/territorial-unit.dto';

export function toTerritorialUnit(entity: TerritorialUnitEntity): TerritorialUnit {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    ars: entity.ars,
    ags: entity.ags,
    version: entity.version,
    parentId: entity.parentId,
  };
}
