// CAMEO-style actor codes for GDELT output: ISO alpha-3 country followed by the sector ("USAJUD", "MEXMIL"), with
// international bodies in the country slot ("IGOUNO") and CAMEO's known-group code last ("PSEREBHMS").
import type { Entity } from '../core/index.js';
import { knownGroupOf } from '../entities/index.js';

// CAMEO codes international and non-governmental organisations in the country slot: they belong to no country.
const TRANSNATIONAL = new Set(['IGO', 'NGO']);

/** The first slot of an actor code: the entity's ISO alpha-3 country, else IGO/NGO for international bodies, else ''. */
export function actorCountry(entity: Entity): string {
  return entity.country ?? (entity.sector !== null && TRANSNATIONAL.has(entity.sector) ? entity.sector : '');
}

/** The actor code of an entity: country (or IGO/NGO), sector, known group; '' when nothing is known. */
export function actorCode(entity: Entity): string {
  const sector = entity.sector !== null && !TRANSNATIONAL.has(entity.sector) ? entity.sector : '';
  return `${actorCountry(entity)}${sector}${knownGroupOf(entity.name) ?? ''}`;
}
