// CAMEO-style actor codes for GDELT output: ISO alpha-3 country followed by the sector ("USAJUD", "MEXMIL").
import type { Entity } from '../core/index.js';

/** The actor code of an entity: country + sector, either part alone when the other is unknown, or '' for neither. */
export function actorCode(entity: Entity): string {
  return `${entity.country ?? ''}${entity.sector ?? ''}`;
}
