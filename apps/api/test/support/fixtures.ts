import { GraphqlClient } from './graphql-client';

/** Looks up ids by human keys (for the tests that keep the demo data; the others know the ids of what they built). */
export async function projectByCode(
  client: GraphqlClient,
  code: string,
): Promise<{
  id: string;
  version: number;
  fieldsOfAction: { id: string; code: string; goals: { id: string }[] }[];
  members: { id: string; name: string }[];
  leadUnit: { id: string };
}> {
  const data = await client.data(
    `query($code: String!) { modelProject(code: $code) { id version leadUnit { id } members { id name } fieldsOfAction { id code goals { id } } } }`,
    { code },
  );
  return data.modelProject;
}

export async function measureByCode(
  client: GraphqlClient,
  code: string,
): Promise<{ id: string; version: number; status: string }> {
  return (await client.data(`query($code: String!) { measureByCode(code: $code) { id version status } }`, { code }))
    .measureByCode;
}

export const CREATE_MEASURE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id code title version status phase tags
  fieldsOfAction { code } participatingUnits { name } leadUnit { name } progress { value source } health { value } } }`;

export const UPDATE_MEASURE = `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id version title summary plannedStart plannedEnd } }`;

/** A minimal valid measure for a project, overridable field by field. */
export function aMeasureInput(projectId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { modelProjectId: projectId, title: 'Digitale Sprechstunde im Bürgerbüro', phase: 'B', ...overrides };
}
