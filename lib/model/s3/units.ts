// Units and ranges of S3 members, by member name (a name means the same thing in every shape that
// has it). Facts for the generated JSDoc only (scripts/codegen-docs.ts); the engines never read them.
// Retention periods are IBM COS's: seconds, with -1 (indefinite) and -2 (permanent) on headers.

export const s3MemberUnits: Record<string, string> = {
  ContentLength: 'bytes',
  Size: 'bytes',
  ObjectSizeGreaterThan: 'bytes',
  ObjectSizeLessThan: 'bytes',
  MaxAgeSeconds: 'seconds',
  Minutes: 'minutes',
  Days: 'days',
  DaysAfterInitiation: 'days',
  NoncurrentDays: 'days',
  RetentionPeriod: 'seconds (-1: indefinite, -2: permanent)',
  NewRetentionPeriod: 'seconds',
  AdditionalRetentionPeriod: 'seconds',
  ExtendRetentionFromCurrentTime: 'seconds',
  PartNumber: 'a part number, 1 to 10,000',
  PartNumberMarker: 'a part number',
  NextPartNumberMarker: 'a part number',
  MaxKeys: 'items per response (the service caps it at 1,000)',
  MaxUploads: 'items per response (the service caps it at 1,000)',
  MaxParts: 'items per response (the service caps it at 1,000)',
};
