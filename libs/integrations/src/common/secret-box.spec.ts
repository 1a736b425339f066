import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips a secret and never stores it in the clear', () => {
    const sealed = box.seal('whsec_secret');
    expect(sealed).not.toContain('whsec_secret');
    expect(box.open(sealed)).toBe('whsec_secret');
    expect(box.seal('whsec_secret')).not.toBe(sealed);
  });

  it('refuses a tampered or foreign ciphertext', () => {
    const sealed = box.seal('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('SECRET').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow(
      'sealed with another key: give every API and worker process sharing this database the same INTEGRATIONS_ENCRYPTION_KEY',
    );
  });

  it('accepts the key as base64 or hex and insists on 32 bytes', () => {
    const key = randomBytes(32);
    const sealed = SecretBox.fromEncodedKey(key.toString('base64')).seal('x');
    expect(SecretBox.fromEncodedKey(key.toString('hex')).open(sealed)).toBe('x');
    expect(() => SecretBox.fromEncodedKey('c2hvcnQ=')).toThrow('32-byte');
  });
});
