// Wire cases of DeleteObjects and the object ACL operations: XML bodies with Content-MD5, grants of
// the three grantee types (xsi:type attribute, xmlns:xsi declaration), lists of one element.
import type { WireCase } from './case.js';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const OWNER_ID = '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a';
const VERSION = 'UIORUnfndfiufdisojhr398493jfdkjFJjkndnqUifhnw89493jJFJ';

const grant = (type: string, inner: string, permission: string): string =>
  `<Grant><Grantee xmlns:xsi="${XSI}" xsi:type="${type}">${inner}</Grantee><Permission>${permission}</Permission></Grant>`;

export const aclAndBatchCases: WireCase[] = [
  {
    operation: 'delete_objects',
    title: 'two objects (one versioned, one needing XML escapes), Quiet false, Content-MD5; Deleted and Error lists',
    params: {
      Bucket: 'logs',
      Delete: {
        Objects: [{ Key: 'logs/2024 01.txt' }, { Key: 'a&b<c.txt', VersionId: VERSION }],
        Quiet: false,
      },
    },
    request: {
      method: 'POST',
      path: '/logs',
      query: 'delete',
      headers: { 'content-md5': 'tyvqKneZ+z8nFozrt3BUwQ==' },
      body:
        `<Delete xmlns="${NS}"><Object><Key>logs/2024 01.txt</Key></Object>` +
        `<Object><Key>a&amp;b&lt;c.txt</Key><VersionId>${VERSION}</VersionId></Object><Quiet>false</Quiet></Delete>`,
    },
    response: {
      body: `<?xml version="1.0" encoding="UTF-8"?>
<DeleteResult xmlns="${NS}">
  <Deleted>
    <Key>logs/2024 01.txt</Key>
    <DeleteMarker>true</DeleteMarker>
    <DeleteMarkerVersionId>NeQt5xeFTfgPJD8B4CGWnkSLtluMr11s</DeleteMarkerVersionId>
  </Deleted>
  <Error>
    <Key>a&amp;b&lt;c.txt</Key>
    <VersionId>${VERSION}</VersionId>
    <Code>AccessDenied</Code>
    <Message>Access Denied</Message>
  </Error>
</DeleteResult>`,
    },
    output: {
      Deleted: [{ Key: 'logs/2024 01.txt', DeleteMarker: true, DeleteMarkerVersionId: 'NeQt5xeFTfgPJD8B4CGWnkSLtluMr11s' }],
      Errors: [{ Key: 'a&b<c.txt', VersionId: VERSION, Code: 'AccessDenied', Message: 'Access Denied' }],
    },
  },
  {
    operation: 'put_object_acl',
    title: 'AccessControlPolicy with the three grantee types',
    params: {
      Bucket: 'photos',
      Key: 'cats/a b.jpg',
      VersionId: 'v1',
      AccessControlPolicy: {
        Grants: [
          { Grantee: { Type: 'CanonicalUser', ID: OWNER_ID, DisplayName: 'owner' }, Permission: 'FULL_CONTROL' },
          { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
          { Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'xyz@example.com' }, Permission: 'WRITE_ACP' },
        ],
        Owner: { ID: OWNER_ID, DisplayName: 'owner' },
      },
    },
    request: {
      method: 'PUT',
      path: '/photos/cats/a%20b.jpg',
      query: 'acl&versionId=v1',
      headers: { 'content-md5': '/aIFsvxx7gnYDXlY/XfB9A==' },
      absentHeaders: ['x-amz-acl'],
      body:
        `<AccessControlPolicy xmlns="${NS}"><AccessControlList>` +
        grant('CanonicalUser', `<DisplayName>owner</DisplayName><ID>${OWNER_ID}</ID>`, 'FULL_CONTROL') +
        grant('Group', '<URI>http://acs.amazonaws.com/groups/global/AllUsers</URI>', 'READ') +
        grant('AmazonCustomerByEmail', '<EmailAddress>xyz@example.com</EmailAddress>', 'WRITE_ACP') +
        `</AccessControlList><Owner><DisplayName>owner</DisplayName><ID>${OWNER_ID}</ID></Owner></AccessControlPolicy>`,
    },
  },
  {
    operation: 'put_object_acl',
    title: 'canned ACL and grant headers, no body (Content-MD5 of the empty body)',
    params: {
      Bucket: 'photos',
      Key: 'cats/a b.jpg',
      ACL: 'public-read',
      GrantFullControl: `id="${OWNER_ID}"`,
      GrantRead: 'uri="http://acs.amazonaws.com/groups/global/AllUsers"',
      GrantReadACP: 'emailAddress="xyz@example.com"',
      GrantWrite: 'id="writer"',
      GrantWriteACP: 'id="acp-writer"',
    },
    request: {
      method: 'PUT',
      path: '/photos/cats/a%20b.jpg',
      query: 'acl',
      headers: {
        'content-md5': '1B2M2Y8AsgTpgAmY7PhCfg==',
        'x-amz-acl': 'public-read',
        'x-amz-grant-full-control': `id="${OWNER_ID}"`,
        'x-amz-grant-read': 'uri="http://acs.amazonaws.com/groups/global/AllUsers"',
        'x-amz-grant-read-acp': 'emailAddress="xyz@example.com"',
        'x-amz-grant-write': 'id="writer"',
        'x-amz-grant-write-acp': 'id="acp-writer"',
      },
    },
  },
  {
    operation: 'get_object_acl',
    title: 'owner and the three grantee types',
    params: { Bucket: 'photos', Key: 'cats/a b.jpg', MirrorDestination: 'eu-backup', VersionId: 'v1' },
    request: {
      method: 'GET',
      path: '/photos/cats/a%20b.jpg',
      query: 'acl&versionId=v1',
      headers: { 'mirror-destination': 'eu-backup' },
    },
    response: {
      body: `<?xml version="1.0" encoding="UTF-8"?>
<AccessControlPolicy xmlns="${NS}">
  <Owner>
    <ID>${OWNER_ID}</ID>
    <DisplayName>mtd@amazon.com</DisplayName>
  </Owner>
  <AccessControlList>
    <Grant>
      <Grantee xmlns:xsi="${XSI}" xsi:type="CanonicalUser">
        <ID>${OWNER_ID}</ID>
        <DisplayName>mtd@amazon.com</DisplayName>
      </Grantee>
      <Permission>FULL_CONTROL</Permission>
    </Grant>
    <Grant>
      <Grantee xmlns:xsi="${XSI}" xsi:type="Group">
        <URI>http://acs.amazonaws.com/groups/global/AllUsers</URI>
      </Grantee>
      <Permission>READ</Permission>
    </Grant>
    <Grant>
      <Grantee xmlns:xsi="${XSI}" xsi:type="AmazonCustomerByEmail">
        <EmailAddress>xyz@amazon.com</EmailAddress>
      </Grantee>
      <Permission>WRITE_ACP</Permission>
    </Grant>
  </AccessControlList>
</AccessControlPolicy>`,
    },
    output: {
      Owner: { ID: OWNER_ID, DisplayName: 'mtd@amazon.com' },
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: OWNER_ID, DisplayName: 'mtd@amazon.com' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
        { Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'xyz@amazon.com' }, Permission: 'WRITE_ACP' },
      ],
    },
  },
  {
    operation: 'get_object_acl',
    title: 'a single grant is still a list',
    params: { Bucket: 'photos', Key: 'private.txt' },
    request: { method: 'GET', path: '/photos/private.txt', query: 'acl' },
    response: {
      body:
        `<AccessControlPolicy xmlns="${NS}"><Owner><ID>${OWNER_ID}</ID></Owner><AccessControlList>` +
        `<Grant><Grantee xmlns:xsi="${XSI}" xsi:type="CanonicalUser"><ID>${OWNER_ID}</ID></Grantee>` +
        '<Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>',
    },
    output: {
      Owner: { ID: OWNER_ID },
      Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER_ID }, Permission: 'FULL_CONTROL' }],
    },
  },
];
