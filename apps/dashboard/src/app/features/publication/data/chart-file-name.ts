/**
 * The PNG's file name: the snapshot (its period and the start of its id, so
 * two snapshots of one period differ), the breakdown and the k, e.g.
 * `fita-publication_2020-01-01_2020-12-31_0b6f2f0e_users-by-age-band_k5.png`.
 */
export function chartFileName(
  snapshot: { readonly id: string; readonly query: { readonly from: string; readonly to: string } },
  figure: string,
  dimension: string,
  k: number,
): string {
  const breakdown = `${figure}-by-${kebab(dimension)}`;
  const id = snapshot.id.slice(0, 8);
  return `fita-publication_${snapshot.query.from}_${snapshot.query.to}_${id}_${breakdown}_k${k}.png`;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
