// Wire cases for bucket create/delete/head/list, ACLs, policy, tagging, CORS, versioning, website,
// accelerate and the IBM-only bucket operations (protection, Aspera, extended listing, Key Protect).
// Expected requests follow the S3 REST API and IBM COS docs; responses are shaped as the services document them.
import { createHash } from 'node:crypto';
import type { WireCase } from './case.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
const md5 = (body: string): string => createHash('md5').update(body).digest('base64');

const OWNER_ID = '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a';
const KP_CRN = 'crn:v1:bluemix:public:kms:us-south:a/f047b55a3362ac06afad8a3f2f5586ea:12e8c9c2-a162-472d-b7d6-8b9a86b815a6:key:02fd6835-6001-4482-a892-13bd2085f75d';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

/** One grant per grantee type: what put_bucket_acl sends and get_bucket_acl must give back. */
const GRANTS = [
  { Grantee: { DisplayName: 'owner-name', ID: OWNER_ID, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' },
  { Grantee: { EmailAddress: 'auditor@example.com', Type: 'AmazonCustomerByEmail' }, Permission: 'READ_ACP' },
  { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' },
];

const CREATE_BODY = `<CreateBucketConfiguration ${NS}><LocationConstraint>us-south-standard</LocationConstraint></CreateBucketConfiguration>`;
const ACL_BODY =
  `<AccessControlPolicy ${NS}><AccessControlList>` +
  `<Grant><Grantee ${XSI} xsi:type="CanonicalUser"><DisplayName>owner-name</DisplayName><ID>${OWNER_ID}</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>` +
  `<Grant><Grantee ${XSI} xsi:type="AmazonCustomerByEmail"><EmailAddress>auditor@example.com</EmailAddress></Grantee><Permission>READ_ACP</Permission></Grant>` +
  `<Grant><Grantee ${XSI} xsi:type="Group"><URI>${ALL_USERS}</URI></Grantee><Permission>READ</Permission></Grant>` +
  `</AccessControlList><Owner><DisplayName>owner-name</DisplayName><ID>${OWNER_ID}</ID></Owner></AccessControlPolicy>`;
const CORS_BODY =
  `<CORSConfiguration ${NS}>` +
  '<CORSRule><ID>upload-rule</ID><AllowedHeader>*</AllowedHeader><AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod>' +
  '<AllowedOrigin>https://www.example.com</AllowedOrigin><ExposeHeader>ETag</ExposeHeader><ExposeHeader>x-amz-request-id</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule>' +
  '<CORSRule><AllowedMethod>GET</AllowedMethod><AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>';
const TAGGING_BODY = `<Tagging ${NS}><TagSet><Tag><Key>site</Key><Value>Zürich</Value></Tag><Tag><Key>cost-center</Key><Value>R&amp;D &lt;42&gt;</Value></Tag></TagSet></Tagging>`;
const VERSIONING_BODY = `<VersioningConfiguration ${NS}><MfaDelete>Disabled</MfaDelete><Status>Enabled</Status></VersioningConfiguration>`;
const WEBSITE_BODY =
  `<WebsiteConfiguration ${NS}><ErrorDocument><Key>errors/404.html</Key></ErrorDocument><IndexDocument><Suffix>index.html</Suffix></IndexDocument>` +
  '<RoutingRules><RoutingRule><Condition><HttpErrorCodeReturnedEquals>404</HttpErrorCodeReturnedEquals><KeyPrefixEquals>docs/</KeyPrefixEquals></Condition>' +
  '<Redirect><HostName>archive.example.com</HostName><HttpRedirectCode>301</HttpRedirectCode><Protocol>https</Protocol><ReplaceKeyPrefixWith>documents/</ReplaceKeyPrefixWith></Redirect></RoutingRule></RoutingRules>' +
  '</WebsiteConfiguration>';
const REDIRECT_BODY = `<WebsiteConfiguration ${NS}><RedirectAllRequestsTo><HostName>www.example.com</HostName><Protocol>https</Protocol></RedirectAllRequestsTo></WebsiteConfiguration>`;
const ACCELERATE_BODY = `<AccelerateConfiguration ${NS}><Status>Suspended</Status></AccelerateConfiguration>`;
// IBM: the protection document has no namespace; children in the model's order
const PROTECTION_BODY =
  '<ProtectionConfiguration><Status>Retention</Status><MinimumRetention><Days>100</Days></MinimumRetention>' +
  '<DefaultRetention><Days>2555</Days></DefaultRetention><MaximumRetention><Days>10000</Days></MaximumRetention>' +
  '<EnablePermanentRetention>true</EnablePermanentRetention></ProtectionConfiguration>';
// non-ASCII on purpose: Content-MD5 and Content-Length are over the UTF-8 bytes
const POLICY = '{"Version":"2012-10-17","Statement":[{"Sid":"Lesezugriff für alle","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"}]}';

const deleteCase = (operation: string, subresource: string): WireCase => ({
  operation,
  params: { Bucket: 'photos' },
  request: { method: 'DELETE', path: '/photos', query: subresource },
  response: { status: 204 },
});

export const bucketCases: WireCase[] = [
  {
    operation: 'create_bucket',
    title: 'location, canned ACL, service instance and Key Protect headers',
    params: {
      ACL: 'private', Bucket: 'photos', CreateBucketConfiguration: { LocationConstraint: 'us-south-standard' },
      IBMServiceInstanceId: 'd6f04d83-6c4f-4a62-a165-696756d63903',
      IBMSSEKPEncryptionAlgorithm: 'AES256', IBMSSEKPCustomerRootKeyCrn: KP_CRN,
    },
    request: {
      method: 'PUT', path: '/photos', query: '', body: CREATE_BODY,
      headers: {
        'x-amz-acl': 'private', 'ibm-service-instance-id': 'd6f04d83-6c4f-4a62-a165-696756d63903',
        'ibm-sse-kp-encryption-algorithm': 'AES256', 'ibm-sse-kp-customer-root-key-crn': KP_CRN,
        'content-length': String(Buffer.byteLength(CREATE_BODY)),
      },
    },
    response: { headers: { location: '/photos' } },
    output: { Location: '/photos' },
  },
  {
    operation: 'create_bucket',
    title: 'grant headers and no configuration: empty body',
    params: {
      Bucket: 'my.photos', GrantFullControl: `id="${OWNER_ID}"`, GrantRead: `uri="${ALL_USERS}"`,
      GrantReadACP: 'emailAddress="auditor@example.com"', GrantWrite: `id="${OWNER_ID}"`, GrantWriteACP: `id="${OWNER_ID}"`,
    },
    request: {
      method: 'PUT', path: '/my.photos', query: '',
      headers: {
        'x-amz-grant-full-control': `id="${OWNER_ID}"`, 'x-amz-grant-read': `uri="${ALL_USERS}"`,
        'x-amz-grant-read-acp': 'emailAddress="auditor@example.com"', 'x-amz-grant-write': `id="${OWNER_ID}"`,
        'x-amz-grant-write-acp': `id="${OWNER_ID}"`,
      },
      absentHeaders: ['x-amz-acl', 'ibm-sse-kp-encryption-algorithm', 'ibm-sse-kp-customer-root-key-crn'],
    },
    response: { headers: { location: '/my.photos' } },
    output: { Location: '/my.photos' },
  },
  deleteCase('delete_bucket', ''),
  deleteCase('delete_bucket_cors', 'cors'),
  deleteCase('delete_bucket_lifecycle', 'lifecycle'),
  deleteCase('delete_bucket_policy', 'policy'),
  deleteCase('delete_bucket_replication', 'replication'),
  deleteCase('delete_bucket_tagging', 'tagging'),
  deleteCase('delete_bucket_website', 'website'),
  {
    operation: 'head_bucket',
    title: 'bodiless success with the Key Protect headers',
    params: { Bucket: 'photos' },
    request: { method: 'HEAD', path: '/photos', query: '' },
    response: { headers: { 'ibm-sse-kp-enabled': 'true', 'ibm-sse-kp-crk-id': '02fd6835-6001-4482-a892-13bd2085f75d' } },
    output: { IBMSSEKPEnabled: true, IBMSSEKPCrkId: '02fd6835-6001-4482-a892-13bd2085f75d' },
  },
  {
    operation: 'head_bucket',
    title: 'bucket without Key Protect',
    params: { Bucket: 'photos' },
    request: { method: 'HEAD', path: '/photos', query: '' },
    response: { headers: { 'ibm-sse-kp-enabled': 'false' } },
    output: { IBMSSEKPEnabled: false, IBMSSEKPCrkId: undefined },
  },
  {
    operation: 'list_buckets',
    title: 'service instance header; a list of one bucket',
    params: { IBMServiceInstanceId: 'd6f04d83-6c4f-4a62-a165-696756d63903' },
    request: { method: 'GET', path: '/', query: '', headers: { 'ibm-service-instance-id': 'd6f04d83-6c4f-4a62-a165-696756d63903' } },
    response: {
      headers: { 'content-type': 'application/xml' },
      body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ListAllMyBucketsResult ${NS}>\n  <Owner>\n    <ID>d6f04d83-6c4f-4a62-a165-696756d63903</ID>\n    <DisplayName>d6f04d83-6c4f-4a62-a165-696756d63903</DisplayName>\n  </Owner>\n  <Buckets>\n    <Bucket>\n      <Name>bucket-27200-lwx4cfvcue</Name>\n      <CreationDate>2016-08-18T14:21:36.593Z</CreationDate>\n    </Bucket>\n  </Buckets>\n</ListAllMyBucketsResult>`,
    },
    output: {
      Buckets: [{ Name: 'bucket-27200-lwx4cfvcue', CreationDate: new Date('2016-08-18T14:21:36.593Z') }],
      Owner: { ID: 'd6f04d83-6c4f-4a62-a165-696756d63903', DisplayName: 'd6f04d83-6c4f-4a62-a165-696756d63903' },
    },
  },
  {
    operation: 'list_buckets',
    title: 'no buckets: empty wrapper',
    params: {},
    request: { method: 'GET', path: '/', query: '', absentHeaders: ['ibm-service-instance-id'] },
    response: { body: `${DECL}<ListAllMyBucketsResult ${NS}><Owner><ID>abc</ID><DisplayName>abc</DisplayName></Owner><Buckets></Buckets></ListAllMyBucketsResult>` },
    output: { Buckets: [], Owner: { ID: 'abc', DisplayName: 'abc' } },
  },
  {
    operation: 'list_buckets_extended',
    title: 'extended listing with marker, max-keys and prefix',
    params: { IBMServiceInstanceId: 'd6f04d83', Marker: 'photos 2019/b', MaxKeys: 2, Prefix: 'photos' },
    request: { method: 'GET', path: '/', query: 'extended&marker=photos%202019%2Fb&max-keys=2&prefix=photos', headers: { 'ibm-service-instance-id': 'd6f04d83' } },
    response: {
      body:
        `${DECL}<ListAllMyBucketsResult ${NS}>\n  <Owner><ID>d6f04d83</ID><DisplayName>d6f04d83</DisplayName></Owner>\n` +
        '  <IsTruncated>true</IsTruncated>\n  <MaxKeys>2</MaxKeys>\n  <Prefix>photos</Prefix>\n  <Marker>photos 2019/b</Marker>\n  <NextMarker>photos-2021</NextMarker>\n' +
        '  <Buckets>\n    <Bucket>\n      <Name>photos-2020</Name>\n      <CreationDate>2020-03-02T10:11:12.345Z</CreationDate>\n' +
        '      <LocationConstraint>us-south-standard</LocationConstraint>\n      <CreationTemplateId>standard-template</CreationTemplateId>\n    </Bucket>\n' +
        '    <Bucket>\n      <Name>photos-2021</Name>\n      <CreationDate>2021-01-05T00:00:00.000Z</CreationDate>\n      <LocationConstraint>eu-de-cold</LocationConstraint>\n    </Bucket>\n' +
        '  </Buckets>\n</ListAllMyBucketsResult>',
    },
    output: {
      IsTruncated: true,
      NextMarker: 'photos-2021',
      Buckets: [
        { Name: 'photos-2020', CreationDate: new Date('2020-03-02T10:11:12.345Z'), LocationConstraint: 'us-south-standard', CreationTemplateId: 'standard-template' },
        { Name: 'photos-2021', CreationDate: new Date('2021-01-05T00:00:00Z'), LocationConstraint: 'eu-de-cold' },
      ],
      Owner: { ID: 'd6f04d83', DisplayName: 'd6f04d83' },
    },
  },
  {
    operation: 'get_bucket_location',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'location' },
    response: { body: `${DECL}<LocationConstraint ${NS}>us-south-standard</LocationConstraint>` },
    output: { LocationConstraint: 'us-south-standard' },
  },
  {
    operation: 'put_bucket_acl',
    title: 'all three grantee types with xsi:type, and the owner',
    params: { Bucket: 'photos', AccessControlPolicy: { Grants: GRANTS, Owner: { DisplayName: 'owner-name', ID: OWNER_ID } } },
    request: { method: 'PUT', path: '/photos', query: 'acl', body: ACL_BODY, headers: { 'content-md5': md5(ACL_BODY) } },
  },
  {
    operation: 'put_bucket_acl',
    title: 'canned ACL and grant headers, no body',
    params: {
      Bucket: 'photos', ACL: 'public-read', GrantFullControl: `id="${OWNER_ID}"`, GrantRead: `uri="${ALL_USERS}"`,
      GrantReadACP: 'emailAddress="auditor@example.com"', GrantWrite: `id="${OWNER_ID}"`, GrantWriteACP: `id="${OWNER_ID}"`,
    },
    request: {
      method: 'PUT', path: '/photos', query: 'acl',
      headers: {
        'content-md5': md5(''), // checksum-required even without a body
        'x-amz-acl': 'public-read', 'x-amz-grant-full-control': `id="${OWNER_ID}"`, 'x-amz-grant-read': `uri="${ALL_USERS}"`,
        'x-amz-grant-read-acp': 'emailAddress="auditor@example.com"', 'x-amz-grant-write': `id="${OWNER_ID}"`, 'x-amz-grant-write-acp': `id="${OWNER_ID}"`,
      },
    },
  },
  {
    operation: 'get_bucket_acl',
    title: 'the three grantee types come back as they were put',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'acl' },
    response: {
      body:
        `${DECL}<AccessControlPolicy ${NS}>\n  <Owner>\n    <ID>${OWNER_ID}</ID>\n    <DisplayName>owner-name</DisplayName>\n  </Owner>\n  <AccessControlList>\n` +
        `    <Grant>\n      <Grantee ${XSI} xsi:type="CanonicalUser">\n        <ID>${OWNER_ID}</ID>\n        <DisplayName>owner-name</DisplayName>\n      </Grantee>\n      <Permission>FULL_CONTROL</Permission>\n    </Grant>\n` +
        `    <Grant>\n      <Grantee ${XSI} xsi:type="AmazonCustomerByEmail">\n        <EmailAddress>auditor@example.com</EmailAddress>\n      </Grantee>\n      <Permission>READ_ACP</Permission>\n    </Grant>\n` +
        `    <Grant>\n      <Grantee ${XSI} xsi:type="Group">\n        <URI>${ALL_USERS}</URI>\n      </Grantee>\n      <Permission>READ</Permission>\n    </Grant>\n` +
        '  </AccessControlList>\n</AccessControlPolicy>',
    },
    output: { Owner: { ID: OWNER_ID, DisplayName: 'owner-name' }, Grants: GRANTS },
  },
  {
    operation: 'put_bucket_policy',
    title: 'raw JSON body with Content-MD5',
    params: { Bucket: 'photos', ConfirmRemoveSelfBucketAccess: true, Policy: POLICY },
    request: {
      method: 'PUT', path: '/photos', query: 'policy', body: POLICY,
      headers: {
        'content-md5': md5(POLICY), 'content-length': String(Buffer.byteLength(POLICY)),
        'x-amz-confirm-remove-self-bucket-access': 'true',
      },
    },
    response: { status: 204 },
  },
  {
    operation: 'get_bucket_policy',
    title: 'the JSON body is the Policy string',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'policy' },
    response: { headers: { 'content-type': 'application/json' }, body: POLICY },
    output: { Policy: POLICY },
  },
  {
    operation: 'put_bucket_tagging',
    title: 'values are XML-escaped; MD5 over UTF-8 bytes',
    params: { Bucket: 'photos', Tagging: { TagSet: [{ Key: 'site', Value: 'Zürich' }, { Key: 'cost-center', Value: 'R&D <42>' }] } },
    request: {
      method: 'PUT', path: '/photos', query: 'tagging', body: TAGGING_BODY,
      headers: { 'content-md5': md5(TAGGING_BODY), 'content-length': String(Buffer.byteLength(TAGGING_BODY)) },
    },
    response: { status: 204 },
  },
  {
    operation: 'get_bucket_tagging',
    title: 'Mirror-Destination header; a TagSet of one, entities decoded',
    params: { Bucket: 'photos', MirrorDestination: 'photos-mirror' },
    request: { method: 'GET', path: '/photos', query: 'tagging', headers: { 'mirror-destination': 'photos-mirror' } },
    response: { body: `${DECL}<Tagging ${NS}>\n  <TagSet>\n    <Tag>\n      <Key>cost-center</Key>\n      <Value>R&amp;D &lt;42&gt;</Value>\n    </Tag>\n  </TagSet>\n</Tagging>` },
    output: { TagSet: [{ Key: 'cost-center', Value: 'R&D <42>' }] },
  },
  {
    operation: 'get_bucket_tagging',
    title: 'empty TagSet',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'tagging', absentHeaders: ['mirror-destination'] },
    response: { body: `${DECL}<Tagging ${NS}><TagSet/></Tagging>` },
    output: { TagSet: [] },
  },
  {
    operation: 'put_bucket_cors',
    title: 'flattened rules and flattened string lists',
    params: {
      Bucket: 'photos',
      CORSConfiguration: {
        CORSRules: [
          {
            ID: 'upload-rule', AllowedHeaders: ['*'], AllowedMethods: ['PUT', 'POST'], AllowedOrigins: ['https://www.example.com'],
            ExposeHeaders: ['ETag', 'x-amz-request-id'], MaxAgeSeconds: 3000,
          },
          { AllowedMethods: ['GET'], AllowedOrigins: ['*'] },
        ],
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'cors', body: CORS_BODY, headers: { 'content-md5': md5(CORS_BODY) } },
  },
  {
    operation: 'get_bucket_cors',
    title: 'Mirror-Destination header; rules with one-element lists',
    params: { Bucket: 'photos', MirrorDestination: 'photos-mirror' },
    request: { method: 'GET', path: '/photos', query: 'cors', headers: { 'mirror-destination': 'photos-mirror' } },
    response: {
      body:
        `${DECL}<CORSConfiguration ${NS}>\n  <CORSRule>\n    <ID>upload-rule</ID>\n    <AllowedOrigin>https://www.example.com</AllowedOrigin>\n` +
        '    <AllowedMethod>PUT</AllowedMethod>\n    <AllowedMethod>POST</AllowedMethod>\n    <AllowedHeader>*</AllowedHeader>\n' +
        '    <MaxAgeSeconds>3000</MaxAgeSeconds>\n    <ExposeHeader>ETag</ExposeHeader>\n  </CORSRule>\n' +
        '  <CORSRule>\n    <AllowedOrigin>*</AllowedOrigin>\n    <AllowedMethod>GET</AllowedMethod>\n  </CORSRule>\n</CORSConfiguration>',
    },
    output: {
      CORSRules: [
        { ID: 'upload-rule', AllowedOrigins: ['https://www.example.com'], AllowedMethods: ['PUT', 'POST'], AllowedHeaders: ['*'], MaxAgeSeconds: 3000, ExposeHeaders: ['ETag'] },
        { AllowedOrigins: ['*'], AllowedMethods: ['GET'] },
      ],
    },
  },
  {
    operation: 'put_bucket_versioning',
    title: 'MFA header; MFADelete is written <MfaDelete>',
    params: { Bucket: 'photos', MFA: '20899872 301749', VersioningConfiguration: { MFADelete: 'Disabled', Status: 'Enabled' } },
    request: {
      method: 'PUT', path: '/photos', query: 'versioning', body: VERSIONING_BODY,
      headers: { 'x-amz-mfa': '20899872 301749', 'content-md5': md5(VERSIONING_BODY) },
    },
  },
  {
    operation: 'get_bucket_versioning',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'versioning' },
    response: { body: `${DECL}<VersioningConfiguration ${NS}>\n  <Status>Suspended</Status>\n  <MfaDelete>Disabled</MfaDelete>\n</VersioningConfiguration>` },
    output: { Status: 'Suspended', MFADelete: 'Disabled' },
  },
  {
    operation: 'get_bucket_versioning',
    title: 'never versioned: empty document',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'versioning' },
    response: { body: `${DECL}<VersioningConfiguration ${NS}/>` },
    output: { Status: undefined, MFADelete: undefined },
  },
  {
    operation: 'put_bucket_website',
    title: 'documents and a wrapped list of routing rules',
    params: {
      Bucket: 'photos',
      WebsiteConfiguration: {
        ErrorDocument: { Key: 'errors/404.html' }, IndexDocument: { Suffix: 'index.html' },
        RoutingRules: [{
          Condition: { HttpErrorCodeReturnedEquals: '404', KeyPrefixEquals: 'docs/' },
          Redirect: { HostName: 'archive.example.com', HttpRedirectCode: '301', Protocol: 'https', ReplaceKeyPrefixWith: 'documents/' },
        }],
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'website', body: WEBSITE_BODY, headers: { 'content-md5': md5(WEBSITE_BODY) } },
  },
  {
    operation: 'put_bucket_website',
    title: 'redirect all requests',
    params: { Bucket: 'photos', WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: 'www.example.com', Protocol: 'https' } } },
    request: { method: 'PUT', path: '/photos', query: 'website', body: REDIRECT_BODY, headers: { 'content-md5': md5(REDIRECT_BODY) } },
  },
  {
    operation: 'get_bucket_website',
    params: { Bucket: 'photos' },
    response: {
      body:
        `${DECL}<WebsiteConfiguration ${NS}>\n  <IndexDocument>\n    <Suffix>index.html</Suffix>\n  </IndexDocument>\n  <ErrorDocument>\n    <Key>errors/404.html</Key>\n  </ErrorDocument>\n` +
        '  <RoutingRules>\n    <RoutingRule>\n      <Condition>\n        <KeyPrefixEquals>docs/</KeyPrefixEquals>\n      </Condition>\n' +
        '      <Redirect>\n        <ReplaceKeyWith>documents/index.html</ReplaceKeyWith>\n      </Redirect>\n    </RoutingRule>\n  </RoutingRules>\n</WebsiteConfiguration>',
    },
    request: { method: 'GET', path: '/photos', query: 'website' },
    output: {
      IndexDocument: { Suffix: 'index.html' },
      ErrorDocument: { Key: 'errors/404.html' },
      RoutingRules: [{ Condition: { KeyPrefixEquals: 'docs/' }, Redirect: { ReplaceKeyWith: 'documents/index.html' } }],
      RedirectAllRequestsTo: undefined,
    },
  },
  {
    operation: 'put_bucket_accelerate_configuration',
    params: { Bucket: 'photos', AccelerateConfiguration: { Status: 'Suspended' } },
    request: { method: 'PUT', path: '/photos', query: 'accelerate', body: ACCELERATE_BODY },
  },
  {
    operation: 'get_bucket_accelerate_configuration',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'accelerate' },
    response: { body: `${DECL}<AccelerateConfiguration ${NS}><Status>Enabled</Status></AccelerateConfiguration>` },
    output: { Status: 'Enabled' },
  },
  {
    operation: 'put_bucket_protection_configuration',
    title: 'IBM: root without namespace, Content-MD5',
    params: {
      Bucket: 'photos',
      ProtectionConfiguration: {
        Status: 'Retention', MinimumRetention: { Days: 100 }, DefaultRetention: { Days: 2555 },
        MaximumRetention: { Days: 10000 }, EnablePermanentRetention: true,
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'protection', body: PROTECTION_BODY, headers: { 'content-md5': md5(PROTECTION_BODY) } },
  },
  {
    operation: 'get_bucket_protection_configuration',
    title: 'IBM: typed retention days and the management-state header',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'protection' },
    response: {
      headers: { 'x-ibm-protection-management-state': 'active' },
      body:
        `${DECL}<ProtectionConfiguration>\n  <Status>Retention</Status>\n  <MinimumRetention>\n    <Days>100</Days>\n  </MinimumRetention>\n` +
        '  <MaximumRetention>\n    <Days>10000</Days>\n  </MaximumRetention>\n  <DefaultRetention>\n    <Days>2555</Days>\n  </DefaultRetention>\n' +
        '  <EnablePermanentRetention>true</EnablePermanentRetention>\n</ProtectionConfiguration>',
    },
    output: {
      ProtectionConfiguration: {
        Status: 'Retention', MinimumRetention: { Days: 100 }, MaximumRetention: { Days: 10000 },
        DefaultRetention: { Days: 2555 }, EnablePermanentRetention: true,
      },
      IbmProtectionManagementState: 'active',
    },
  },
  {
    operation: 'get_bucket_aspera',
    title: 'IBM: ?faspConnectionInfo',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'faspConnectionInfo' },
    response: {
      body:
        `${DECL}<FASPConnectionInfo ${NS}>\n  <AccessKey>\n    <Id>PCWYx5fhgXxg0bfBjFiPPQ</Id>\n    <Secret>bfdSdKaENk1AbgTk9SjG2Q</Secret>\n  </AccessKey>\n` +
        '  <ATSEndpoint>https://ats-sl-dal.aspera.io:443</ATSEndpoint>\n</FASPConnectionInfo>',
    },
    output: { AccessKey: { Id: 'PCWYx5fhgXxg0bfBjFiPPQ', Secret: 'bfdSdKaENk1AbgTk9SjG2Q' }, ATSEndpoint: 'https://ats-sl-dal.aspera.io:443' },
  },
];
