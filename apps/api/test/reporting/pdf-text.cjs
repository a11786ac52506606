/**
 * Prints the text and metadata of the PDF on stdin as JSON, using pdf-parse. Runs as its own Node process: pdf.js
 * loads its worker with a dynamic import, which Jest's module sandbox refuses.
 */
const { PDFParse } = require('pdf-parse');

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, title: info.info?.Title }));
  } finally {
    await parser.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
