import { assertAllowedWebhookUrl, isForbiddenAddress } from './ssrf-guard';

describe('SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows public %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );

  it('requires https and refuses literal private hosts unless private targets are allowed', () => {
    expect(() => assertAllowedWebhookUrl('http://hooks.example.com/x', false)).toThrow('https');
    expect(() => assertAllowedWebhookUrl('https://127.0.0.1/x', false)).toThrow('private');
    expect(() => assertAllowedWebhookUrl('https://[::1]/x', false)).toThrow('private');
    expect(() => assertAllowedWebhookUrl('https://user:pw@hooks.example.com/x', false)).toThrow(
      'credentials',
    );
    expect(assertAllowedWebhookUrl('https://hooks.example.com/x', false).hostname).toBe('hooks.example.com');
    expect(assertAllowedWebhookUrl('http://127.0.0.1:9/x', true).port).toBe('9');
  });

  it('refuses things that are not URLs', () => {
    expect(() => assertAllowedWebhookUrl('not a url', true)).toThrow('Not a valid URL');
    expect(() => assertAllowedWebhookUrl('ftp://example.com/', true)).toThrow('https');
  });
});
