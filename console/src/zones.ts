import { useEffect, useState } from 'react';
import { graphql } from './api';

export interface Zone {
  code: string;
  city: string;
}

let cached: Promise<Zone[]> | null = null;

/** The eight pilot zones as commerce lists them (loaded once per page). */
export function useZones(): Zone[] {
  const [zones, setZones] = useState<Zone[]>([]);
  useEffect(() => {
    cached ??= graphql<{ zones: Zone[] }>('{ zones { code city } }', {}, 'console: zones')
      .then((result) => result.data?.zones ?? [])
      .catch(() => {
        cached = null;
        return [];
      });
    let live = true;
    void cached.then((list) => live && setZones(list));
    return () => {
      live = false;
    };
  }, []);
  return zones;
}

export function zoneLabel(zones: Zone[], code: string | null): string {
  if (!code) return '全省 Province';
  const zone = zones.find((z) => z.code === code);
  return zone ? `${zone.city} ${code}` : code;
}
