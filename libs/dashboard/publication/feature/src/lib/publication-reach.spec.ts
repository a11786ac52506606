import { embedSnippet } from './publication-reach';

describe('the frame to embed', () => {
  it('points at the project’s summary, with a title and no border', () => {
    expect(embedSnippet('https://masswerk.example.org', 'EIF', 'Digitale Agenda: Eifel')).toBe(
      '<iframe src="https://masswerk.example.org/oeffentlich/EIF/einbettung" title="Digitale Agenda: Eifel" ' +
        'width="100%" height="520" style="border: 0; max-width: 40rem" loading="lazy"></iframe>',
    );
  });

  it('cannot be broken out of by a project’s name or code', () => {
    const html = embedSnippet('https://m.example.org', 'A"B', 'Kreis "X" <script>&');
    expect(html).toContain('src="https://m.example.org/oeffentlich/A%22B/einbettung"');
    expect(html).toContain('title="Kreis &quot;X&quot; &lt;script&gt;&amp;"');
    expect(html.match(/"/g)?.length).toBe(12);
  });
});
