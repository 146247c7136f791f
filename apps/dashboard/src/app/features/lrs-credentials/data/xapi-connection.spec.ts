import { xapiConnection, xapiEndpoint } from './xapi-connection';

describe('xAPI connection details', () => {
  it('puts the LRS under /xapi/ of the dashboard origin', () => {
    expect(xapiEndpoint('https://fita.example.org')).toBe('https://fita.example.org/xapi/');
    expect(xapiEndpoint('http://localhost:3000/')).toBe('http://localhost:3000/xapi/');
  });

  it('builds the Basic header from key and secret', () => {
    const connection = xapiConnection('https://fita.example.org', {
      key: 'fita-moodle',
      secret: 's3cr3t',
    });
    // base64("fita-moodle:s3cr3t")
    expect(connection.authorization).toBe('Authorization: Basic Zml0YS1tb29kbGU6czNjcjN0');
  });

  it('gives a curl request with the version header xAPI requires', () => {
    const { example } = xapiConnection('https://fita.example.org', {
      key: 'fita-moodle',
      secret: 's3cr3t',
    });
    expect(example).toBe(
      "curl -u 'fita-moodle:s3cr3t' \\\n" +
        "  -H 'X-Experience-API-Version: 1.0.3' \\\n" +
        "  'https://fita.example.org/xapi/statements?limit=1'",
    );
  });
});
