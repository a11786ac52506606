import { aMeasure, aMember, aProject, Member, Project } from '../../support/factories';
import { auditScenario, auditWorld, describeAuditCoverage } from '../../support/audit-coverage';

const OPEN = `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id version } }`;
const CLOSE = `mutation($input: CloseReportingRoundInput!) { closeReportingRound(input: $input) { id version } }`;
const SESSION = `mutation($input: CreateCouncilSessionInput!) { createCouncilSession(input: $input) { id version } }`;

describeAuditCoverage('reporting rounds and council sessions', () => {
  /** A project with one active measure and its project office; each scenario opens its own round. */
  const world = auditWorld(async (t) => {
    const project: Project = await aProject(t);
    await aMeasure(t, project, { status: 'IN_PROGRESS', leadUnitId: project.members[0].id });
    const admin: Member = await aMember(t, project, 'ADMIN');
    return { project, admin };
  });
  let n = 0;
  const open = async () =>
    (
      await world.admin.data(OPEN, {
        input: {
          modelProjectId: world.project.id,
          name: `Runde ${++n}`,
          periodStart: '2026-07-01',
          periodEnd: '2026-12-31',
          dueDate: '2026-12-15',
        },
      })
    ).openReportingRound as { id: string; version: number };
  const closed = async () => {
    const round = await open();
    return (await world.admin.data(CLOSE, { input: round })).closeReportingRound as { id: string; version: number };
  };
  const aSession = async () => {
    const round = await closed();
    return (
      await world.admin.data(SESSION, {
        input: { reportingRoundId: round.id, body: 'KREISTAG', sessionDate: '2026-12-10' },
      })
    ).createCouncilSession as { id: string; version: number };
  };

  auditScenario('openReportingRound', async ({ startHere, idOf }) => {
    await startHere();
    const round = await open();
    expect(await idOf(`SELECT id FROM reporting_round WHERE id = $1`, [round.id])).toBe(round.id);
    return [{ type: 'ReportingRound', id: round.id, action: 'CREATE', after: { name: `Runde ${n}`, closedOn: null } }];
  });

  auditScenario('closeReportingRound', async ({ startHere }) => {
    const round = await open();
    await startHere();
    await world.admin.data(CLOSE, { input: round });
    return [
      { type: 'ReportingRound', id: round.id, action: 'UPDATE', after: { closedOn: '2026-11-21', measureCount: 1 } },
    ];
  });

  auditScenario('deleteReportingRound', async ({ startHere }) => {
    const round = await open();
    await startHere();
    await world.admin.data(`mutation($id: ID!, $v: Int!) { deleteReportingRound(id: $id, version: $v) }`, {
      id: round.id,
      v: round.version,
    });
    return [{ type: 'ReportingRound', id: round.id, action: 'DELETE', before: { closedOn: null } }];
  });

  auditScenario('createCouncilSession', async ({ startHere }) => {
    const round = await closed();
    await startHere();
    const { createCouncilSession } = await world.admin.data(SESSION, {
      input: { reportingRoundId: round.id, body: 'AUSSCHUSS', sessionDate: '2026-12-10', agendaItem: 'TOP 3' },
    });
    return [
      {
        type: 'CouncilSession',
        id: createCouncilSession.id,
        action: 'CREATE',
        after: { agendaItem: 'TOP 3', body: 'AUSSCHUSS' },
      },
    ];
  });

  auditScenario('updateCouncilSession', async ({ startHere }) => {
    const session = await aSession();
    await startHere();
    await world.admin.data(
      `mutation($input: UpdateCouncilSessionInput!) { updateCouncilSession(input: $input) { id } }`,
      { input: { ...session, body: 'KREISTAG', sessionDate: '2026-12-11', resolutionReference: 'KT/2026/1' } },
    );
    return [
      {
        type: 'CouncilSession',
        id: session.id,
        action: 'UPDATE',
        after: { sessionDate: '2026-12-11', resolutionReference: 'KT/2026/1' },
      },
    ];
  });

  auditScenario('deleteCouncilSession', async ({ startHere }) => {
    const session = await aSession();
    await startHere();
    await world.admin.data(`mutation($id: ID!, $v: Int!) { deleteCouncilSession(id: $id, version: $v) }`, {
      id: session.id,
      v: session.version,
    });
    return [{ type: 'CouncilSession', id: session.id, action: 'DELETE', before: { body: 'KREISTAG' } }];
  });
});
