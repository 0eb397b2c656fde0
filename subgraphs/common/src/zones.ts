/** The eight Guangdong pilot zones of 粤府函〔2022〕58号 with their division codes (domain brief §2). */
export const ZONES = {
  SHAOGUAN: { city: '韶关', divisionCode: '440200' },
  HEYUAN: { city: '河源', divisionCode: '441600' },
  SHANWEI: { city: '汕尾', divisionCode: '441500' },
  YANGJIANG: { city: '阳江', divisionCode: '441700' },
  QINGYUAN: { city: '清远', divisionCode: '441800' },
  CHAOZHOU: { city: '潮州', divisionCode: '445100' },
  JIEYANG: { city: '揭阳', divisionCode: '445200' },
  YUNFU: { city: '云浮', divisionCode: '445300' },
} as const;

export type ZoneCode = keyof typeof ZONES;
export const ZONE_CODES = Object.keys(ZONES) as ZoneCode[];

export function isZoneCode(value: string): value is ZoneCode {
  return value in ZONES;
}

/** The zone whose division code a USCC carries in positions 3-8, or null if none of the eight. */
export function zoneOfDivisionCode(divisionCode: string): ZoneCode | null {
  return ZONE_CODES.find((zone) => ZONES[zone].divisionCode === divisionCode) ?? null;
}
