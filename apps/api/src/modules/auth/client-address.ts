import net from 'node:net';

/**
 * The network a login comes from, as the per-address limit counts it: an
 * IPv4 address as is (also when written IPv4-mapped, ::ffff:a.b.c.d), an
 * IPv6 address by its /64, since one subscriber usually holds a whole /64
 * and could otherwise step through its addresses to dodge the limit.
 */
export function clientNetwork(address: string | undefined): string {
  const plain = (address ?? '').trim().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (net.isIPv4(plain)) return plain;
  if (net.isIPv6(plain)) return `${expandIpv6(plain).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

/** The eight groups of an IPv6 address, without leading zeros ("::" filled in). */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
