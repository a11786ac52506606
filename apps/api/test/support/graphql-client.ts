export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
  headers: Headers;
}

/** Talks to the real /graphql endpoint over HTTP, as a signed-in user (cookie + CSRF token), a token, or anonymously. */
export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T; errors?: GraphqlError[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  }

  /** The data of a request that must succeed (loosely typed: tests read what they asked for). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors, null, 2)}`);
    }
    return result.data;
  }

  /** The first error of a request that must fail. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphqlError> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  /** The error code of a request that must fail. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    return (await this.error(query, variables)).extensions?.code;
  }

  /** The headers that authenticate this client (cookie and CSRF token, or a token), for requests made by hand. */
  authHeaders(): Record<string, string> {
    return { ...this.headers };
  }

  withHeaders(headers: Record<string, string>): GraphqlClient {
    return new GraphqlClient(this.baseUrl, { ...this.headers, ...headers });
  }
}
