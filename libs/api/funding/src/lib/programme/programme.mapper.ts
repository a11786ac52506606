import { basisPointsToPercent, ProgrammeRules } from '@masswerk/shared/domain';
import { FundingProgrammeEntity } from './programme.entity';
import { CostCategoryEntity } from './cost-category.entity';
import { CostCategory, FundingProgramme } from './dtos/programme.dto';

export function toProgramme(e: FundingProgrammeEntity): FundingProgramme {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    funder: e.funder,
    standardRate: basisPointsToPercent(e.standardRateBp),
    emergencyRate: basisPointsToPercent(e.emergencyRateBp),
    phaseACap: e.phaseACapCents,
    phaseAMeasuresCap: e.phaseAMeasuresCapCents,
    phaseBCap: e.phaseBCapCents,
    proofMonthsA: e.proofMonthsA,
    proofMonthsB: e.proofMonthsB,
    interimProofMonths: e.interimProofMonths,
    isDefault: e.isDefault,
    version: e.version,
  };
}

export const toCategory = (e: CostCategoryEntity): CostCategory => ({
  id: e.id,
  code: e.code,
  name: e.name,
  sortOrder: e.sortOrder,
  active: e.active,
  version: e.version,
});

/** The programme's figures as the shared funding rules take them. */
export function rulesOf(p: FundingProgrammeEntity): ProgrammeRules {
  return {
    standardRate: p.standardRateBp,
    emergencyRate: p.emergencyRateBp,
    phaseACap: p.phaseACapCents,
    phaseAMeasuresCap: p.phaseAMeasuresCapCents,
    phaseBCap: p.phaseBCapCents,
    proofMonthsA: p.proofMonthsA,
    proofMonthsB: p.proofMonthsB,
    interimProofMonths: p.interimProofMonths,
  };
}
