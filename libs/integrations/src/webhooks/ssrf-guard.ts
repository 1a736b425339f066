import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must never reach from inside our network: loopback, private, link-local
 * (cloud metadata lives at 169.254.169.254 / fd00:ec2::254), shared, documentation, multicast and reserved.
 */
const forbidden = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  forbidden.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  forbidden.addSubnet(net, prefix, 'ipv6');
}

/** `::ffff:7f00:1` and `::ffff:127.0.0.1` are IPv4 addresses in disguise. */
function embeddedIpv4(address: string): string | null {
  const match = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(address) ?? /^::ffff:(.+)$/i.exec(address);
  if (!match) return null;
  const tail = match[1];
  if (isIP(tail) === 4) return tail;
  const groups = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!groups) return null;
  const high = parseInt(groups[1], 16);
  const low = parseInt(groups[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return forbidden.check(bare, 'ipv4');
  if (family === 6) {
    const mapped = embeddedIpv4(bare);
    return mapped ? forbidden.check(mapped, 'ipv4') : forbidden.check(bare, 'ipv6');
  }
  return true;
}

export class WebhookUrlError extends Error {}

/**
 * Registration-time check. Literal addresses are judged here; host names are judged again after DNS
 * resolution at every delivery (see guarded-post), which is what defeats DNS rebinding.
 */
export function assertAllowedWebhookUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError('Not a valid URL');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new WebhookUrlError('Webhook URLs must use https');
  }
  if (url.username || url.password) throw new WebhookUrlError('Webhook URLs must not embed credentials');
  if (!allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && isForbiddenAddress(host)) {
      throw new WebhookUrlError('Webhook URLs must not point to private, loopback or link-local addresses');
    }
  }
  return url;
}
