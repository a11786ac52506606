import { FieldOfActionEntity, GoalEntity, StrategyEntity, StrategyVersionEntity } from './strategy.entities';
import { FieldOfAction, Goal, Strategy, StrategyVersion } from './dtos/strategy.dto';

export const toStrategy = (e: StrategyEntity): Strategy => ({
  id: e.id,
  title: e.title,
  version: e.version,
  modelProjectId: e.modelProjectId,
});

export const toStrategyVersion = (e: StrategyVersionEntity): StrategyVersion => ({
  id: e.id,
  versionNumber: e.versionNumber,
  label: e.label,
  vision: e.vision,
  targetPictures: e.targetPictures,
  values: e.values,
  adoptedOn: e.adoptedOn,
  resolutionReference: e.resolutionReference,
  acceptedByFunderOn: e.acceptedByFunderOn,
  notes: e.notes,
  version: e.version,
});

export const toFieldOfAction = (e: FieldOfActionEntity): FieldOfAction => ({
  id: e.id,
  code: e.code,
  name: e.name,
  description: e.description,
  sortOrder: e.sortOrder,
  version: e.version,
  modelProjectId: e.modelProjectId,
});

export const toGoal = (e: GoalEntity): Goal => ({
  id: e.id,
  code: e.code,
  title: e.title,
  description: e.description,
  sortOrder: e.sortOrder,
  version: e.version,
  fieldOfActionId: e.fieldOfActionId,
  modelProjectId: e.modelProjectId,
});
