// Wire cases of the IBM COS object operations (Immutable Object Storage, archive restore), as
// ibm-cos-wire.md and the IBM COS API documentation give them.
import type { WireCase } from './case.js';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export const ibmObjectCases: WireCase[] = [
  {
    operation: 'add_legal_hold',
    title: 'POST ?legalHold&add=<id>, the id percent-encoded',
    params: { Bucket: 'vault', Key: 'records/2024 q1.pdf', RetentionLegalHoldId: 'case #42/α' },
    request: {
      method: 'POST',
      path: '/vault/records/2024%20q1.pdf',
      query: 'legalHold&add=case%20%2342%2F%CE%B1',
      absentHeaders: ['content-md5'],
    },
  },
  {
    operation: 'delete_legal_hold',
    title: 'POST (not DELETE) ?legalHold&remove=<id>',
    params: { Bucket: 'vault', Key: 'records/2024 q1.pdf', RetentionLegalHoldId: 'SomeLegalHoldID' },
    request: { method: 'POST', path: '/vault/records/2024%20q1.pdf', query: 'legalHold&remove=SomeLegalHoldID' },
  },
  {
    operation: 'list_legal_holds',
    title: 'documented answer: RFC 822 dates inside the XML, one legal hold is still a list',
    params: { Bucket: 'vault', Key: 'records/2024 q1.pdf', MirrorDestination: 'us-east-backup' },
    request: {
      method: 'GET',
      path: '/vault/records/2024%20q1.pdf',
      query: 'legalHold',
      headers: { 'mirror-destination': 'us-east-backup' },
    },
    response: {
      body: `<?xml version="1.0" encoding="UTF-8"?>
<RetentionState>
  <CreateTime>Fri, 8 Sep 2018 21:33:08 GMT</CreateTime>
  <RetentionPeriod>220752000</RetentionPeriod>
  <RetentionPeriodExpirationDate>Fri, 1 Sep 2023 21:33:08 GMT</RetentionPeriodExpirationDate>
  <LegalHolds>
    <LegalHold>
      <ID>SomeLegalHoldID</ID>
      <Date>Fri, 8 Sep 2018 23:13:18 GMT</Date>
    </LegalHold>
  </LegalHolds>
</RetentionState>`,
    },
    output: {
      CreateTime: new Date('2018-09-08T21:33:08Z'),
      RetentionPeriod: 220752000,
      RetentionPeriodExpirationDate: new Date('2023-09-01T21:33:08Z'),
      LegalHolds: [{ ID: 'SomeLegalHoldID', Date: new Date('2018-09-08T23:13:18Z') }],
    },
  },
  {
    operation: 'list_legal_holds',
    title: 'ISO 8601 dates and two legal holds',
    params: { Bucket: 'vault', Key: 'a' },
    request: { method: 'GET', path: '/vault/a', query: 'legalHold' },
    response: {
      body:
        '<RetentionState><CreateTime>2024-01-02T03:04:05.000Z</CreateTime><RetentionPeriod>0</RetentionPeriod>' +
        '<RetentionPeriodExpirationDate>2024-01-02T03:04:05.000Z</RetentionPeriodExpirationDate><LegalHolds>' +
        '<LegalHold><ID>a</ID><Date>2024-01-03T00:00:00.000Z</Date></LegalHold>' +
        '<LegalHold><ID>b c</ID><Date>2024-01-04T00:00:00.000Z</Date></LegalHold></LegalHolds></RetentionState>',
    },
    output: {
      CreateTime: new Date('2024-01-02T03:04:05.000Z'),
      RetentionPeriod: 0,
      LegalHolds: [
        { ID: 'a', Date: new Date('2024-01-03T00:00:00.000Z') },
        { ID: 'b c', Date: new Date('2024-01-04T00:00:00.000Z') },
      ],
    },
  },
  {
    operation: 'extend_object_retention',
    title: 'POST ?extendRetention with its four headers (ISO 8601 date)',
    params: {
      Bucket: 'vault',
      Key: 'records/2024 q1.pdf',
      AdditionalRetentionPeriod: 86400,
      ExtendRetentionFromCurrentTime: 172800,
      NewRetentionExpirationDate: new Date('2031-01-01T00:00:00Z'),
      NewRetentionPeriod: 31536000,
    },
    request: {
      method: 'POST',
      path: '/vault/records/2024%20q1.pdf',
      query: 'extendRetention',
      headers: {
        'additional-retention-period': '86400',
        'extend-retention-from-current-time': '172800',
        'new-retention-expiration-date': '2031-01-01T00:00:00Z',
        'new-retention-period': '31536000',
      },
    },
  },
  {
    operation: 'restore_object',
    title: 'IBM Accelerated tier, versioned',
    params: {
      Bucket: 'archive',
      Key: 'images/backup 1.tar',
      VersionId: 'v1',
      RestoreRequest: { Days: 3, GlacierJobParameters: { Tier: 'Accelerated' } },
    },
    request: {
      method: 'POST',
      path: '/archive/images/backup%201.tar',
      query: 'restore&versionId=v1',
      body:
        `<RestoreRequest xmlns="${NS}"><Days>3</Days>` +
        '<GlacierJobParameters><Tier>Accelerated</Tier></GlacierJobParameters></RestoreRequest>',
    },
    response: { status: 202 },
  },
];
