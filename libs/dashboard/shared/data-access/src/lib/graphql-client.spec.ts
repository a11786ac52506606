import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GraphqlClient } from './graphql-client';

/** A document as GraphQL Code Generator makes it: its text is what `toString()` gives. */
const documentOf = (text: string) =>
  ({ toString: () => text }) as unknown as DocumentTypeDecoration<{ ok: boolean }, Record<string, unknown>>;

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { client: TestBed.inject(GraphqlClient), http: TestBed.inject(HttpTestingController) };
}

describe('GraphqlClient', () => {
  it('sends a query of the public read model as GET with the preflight header, its variables encoded', async () => {
    const { client, http } = setup();
    const query = 'query PublicMeasures($search: String) { publicMeasures(search: $search) { totalCount } }';
    const answer = client.run(documentOf(query), { search: 'a+b & c' });
    const request = http.expectOne((r) => r.url === '/graphql');
    expect(request.request.method).toBe('GET');
    expect(request.request.headers.get('apollo-require-preflight')).toBe('true');
    expect(request.request.params.get('query')).toBe(query);
    expect(request.request.urlWithParams).toContain(encodeURIComponent('"a+b & c"'));
    expect(JSON.parse(request.request.params.get('variables') ?? '')).toEqual({ search: 'a+b & c' });
    request.flush({ data: { ok: true } });
    expect(await answer).toEqual({ ok: true });
    http.verify();
  });

  it('posts every other operation', async () => {
    const { client, http } = setup();
    for (const text of ['query Measures { measures { totalCount } }', 'mutation PublicRelease { signOut }']) {
      const answer = client.run(documentOf(text), {});
      const request = http.expectOne('/graphql');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ query: text, variables: {} });
      request.flush({ data: { ok: true } });
      await answer;
    }
    http.verify();
  });
});
