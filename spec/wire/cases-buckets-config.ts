// Wire cases for the bucket configuration documents: analytics, inventory, metrics (with their
// id-addressed and paginated listings), lifecycle, replication, logging and notifications.
// Expected bodies follow the S3 REST API (element names, flattened vs wrapped lists, namespaces).
import { createHash } from 'node:crypto';
import type { WireCase } from './case.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
const md5 = (body: string): string => createHash('md5').update(body).digest('base64');

const KMS_KEY = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const TARGET_CRN = 'crn:v1:bluemix:public:cloud-object-storage:global:a/f047b55a3362ac06afad8a3f2f5586ea:6bf4c2d1-0a3e-4b0b-9d43-3c1e0d9f4c1a:bucket:photos-replica';

const ANALYTICS = {
  Id: 'report1',
  Filter: { And: { Prefix: 'images/', Tags: [{ Key: 'dog', Value: 'corgi' }, { Key: 'cat', Value: 'tabby' }] } },
  StorageClassAnalysis: {
    DataExport: {
      OutputSchemaVersion: 'V_1',
      Destination: { S3BucketDestination: { Format: 'CSV', BucketAccountId: '123456789012', Bucket: 'arn:aws:s3:::analytics-out', Prefix: 'reports/' } },
    },
  },
};
const ANALYTICS_XML =
  '<Id>report1</Id><Filter><And><Prefix>images/</Prefix><Tag><Key>dog</Key><Value>corgi</Value></Tag><Tag><Key>cat</Key><Value>tabby</Value></Tag></And></Filter>' +
  '<StorageClassAnalysis><DataExport><OutputSchemaVersion>V_1</OutputSchemaVersion><Destination><S3BucketDestination>' +
  '<Format>CSV</Format><BucketAccountId>123456789012</BucketAccountId><Bucket>arn:aws:s3:::analytics-out</Bucket><Prefix>reports/</Prefix>' +
  '</S3BucketDestination></Destination></DataExport></StorageClassAnalysis>';

const INVENTORY = {
  Destination: {
    S3BucketDestination: {
      AccountId: '123456789012', Bucket: 'arn:aws:s3:::inventory-out', Format: 'CSV', Prefix: 'inventory/',
      Encryption: { SSEKMS: { KeyId: KMS_KEY } },
    },
  },
  IsEnabled: true,
  Filter: { Prefix: 'images/' },
  Id: 'daily-report',
  IncludedObjectVersions: 'All',
  OptionalFields: ['Size', 'LastModifiedDate', 'ETag'],
  Schedule: { Frequency: 'Daily' },
};
const INVENTORY_XML =
  '<Destination><S3BucketDestination><AccountId>123456789012</AccountId><Bucket>arn:aws:s3:::inventory-out</Bucket><Format>CSV</Format>' +
  `<Prefix>inventory/</Prefix><Encryption><SSE-KMS><KeyId>${KMS_KEY}</KeyId></SSE-KMS></Encryption></S3BucketDestination></Destination>` +
  '<IsEnabled>true</IsEnabled><Filter><Prefix>images/</Prefix></Filter><Id>daily-report</Id><IncludedObjectVersions>All</IncludedObjectVersions>' +
  '<OptionalFields><Field>Size</Field><Field>LastModifiedDate</Field><Field>ETag</Field></OptionalFields><Schedule><Frequency>Daily</Frequency></Schedule>';

const METRICS_BODY = `<MetricsConfiguration ${NS}><Id>hot-docs</Id><Filter><Tag><Key>priority</Key><Value>high</Value></Tag></Filter></MetricsConfiguration>`;

const LIFECYCLE_BODY =
  `<LifecycleConfiguration ${NS}>` +
  '<Rule><Expiration><Days>365</Days></Expiration><ID>archive-logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>' +
  '<Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition>' +
  '<NoncurrentVersionExpiration><NoncurrentDays>90</NoncurrentDays></NoncurrentVersionExpiration>' +
  '<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>' +
  '<Rule><Expiration><Date>2031-01-01T00:00:00Z</Date></Expiration><ID>tmp</ID><Filter><Prefix>tmp/</Prefix></Filter><Status>Disabled</Status>' +
  '<Transition><Date>2030-06-01T00:00:00Z</Date><StorageClass>ACCELERATED</StorageClass></Transition></Rule>' +
  '</LifecycleConfiguration>';

// an empty element is written as a start/end pair (the same XML as `<Prefix />`)
const ARCHIVE_BODY =
  `<LifecycleConfiguration ${NS}><Rule><Expiration><Date>2031-01-01T00:00:00Z</Date></Expiration><ID>archive-all</ID>` +
  '<Filter><Prefix></Prefix></Filter><Status>Enabled</Status><Transition><Days>0</Days><StorageClass>GLACIER</StorageClass></Transition></Rule></LifecycleConfiguration>';

const REPLICATION_BODY =
  `<ReplicationConfiguration ${NS}><Role>arn:aws:iam::123456789012:role/replication</Role>` +
  '<Rule><ID>docs-to-replica</ID><Priority>1</Priority><Prefix>docs/</Prefix>' +
  '<Filter><And><Prefix>docs/</Prefix><Tag><Key>replicate</Key><Value>yes</Value></Tag></And></Filter><Status>Enabled</Status>' +
  `<Destination><Bucket>${TARGET_CRN}</Bucket><StorageClass>STANDARD</StorageClass></Destination>` +
  '<DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication></Rule></ReplicationConfiguration>';

const LOGGING_BODY =
  `<BucketLoggingStatus ${NS}><LoggingEnabled><TargetBucket>photos-logs</TargetBucket><TargetGrants>` +
  `<Grant><Grantee ${XSI} xsi:type="AmazonCustomerByEmail"><EmailAddress>auditor@example.com</EmailAddress></Grantee><Permission>READ</Permission></Grant>` +
  '</TargetGrants><TargetPrefix>photos/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>';

const NOTIFICATION_BODY =
  `<NotificationConfiguration ${NS}><TopicConfiguration><Id>new-images</Id><Topic>arn:aws:sns:us-east-1:123456789012:images</Topic>` +
  '<Event>s3:ObjectCreated:Put</Event><Event>s3:ObjectCreated:CompleteMultipartUpload</Event>' +
  '<Filter><S3Key><FilterRule><Name>prefix</Name><Value>images/</Value></FilterRule><FilterRule><Name>suffix</Name><Value>.jpg</Value></FilterRule></S3Key></Filter>' +
  '</TopicConfiguration><QueueConfiguration><Queue>arn:aws:sqs:us-east-1:123456789012:removals</Queue><Event>s3:ObjectRemoved:*</Event></QueueConfiguration>' +
  '</NotificationConfiguration>';

const deleteById = (operation: string, subresource: string): WireCase => ({
  operation,
  title: 'the id is percent-encoded after the subresource',
  params: { Bucket: 'photos', Id: 'daily report/1' },
  request: { method: 'DELETE', path: '/photos', query: `${subresource}&id=daily%20report%2F1` },
  response: { status: 204 },
});

export const bucketConfigCases: WireCase[] = [
  deleteById('delete_bucket_analytics_configuration', 'analytics'),
  deleteById('delete_bucket_inventory_configuration', 'inventory'),
  deleteById('delete_bucket_metrics_configuration', 'metrics'),
  {
    operation: 'put_bucket_analytics_configuration',
    title: 'flattened <Tag> list inside And',
    params: { Bucket: 'photos', Id: 'report1', AnalyticsConfiguration: ANALYTICS },
    request: { method: 'PUT', path: '/photos', query: 'analytics&id=report1', body: `<AnalyticsConfiguration ${NS}>${ANALYTICS_XML}</AnalyticsConfiguration>` },
  },
  {
    operation: 'get_bucket_analytics_configuration',
    params: { Bucket: 'photos', Id: 'report1' },
    request: { method: 'GET', path: '/photos', query: 'analytics&id=report1' },
    response: { body: `${DECL}<AnalyticsConfiguration ${NS}>${ANALYTICS_XML}</AnalyticsConfiguration>` },
    output: { AnalyticsConfiguration: ANALYTICS },
  },
  {
    operation: 'list_bucket_analytics_configurations',
    title: 'continuation token; a list of one',
    params: { Bucket: 'photos', ContinuationToken: 'eyJrIjoxfQ+/=' },
    request: { method: 'GET', path: '/photos', query: 'analytics&continuation-token=eyJrIjoxfQ%2B%2F%3D' },
    response: {
      body:
        `${DECL}<ListBucketAnalyticsConfigurationResult ${NS}>\n  <AnalyticsConfiguration>\n    <Id>report1</Id>\n    <Filter>\n      <Tag>\n        <Key>dog</Key>\n        <Value>corgi</Value>\n      </Tag>\n    </Filter>\n` +
        '    <StorageClassAnalysis/>\n  </AnalyticsConfiguration>\n  <IsTruncated>true</IsTruncated>\n  <ContinuationToken>eyJrIjoxfQ+/=</ContinuationToken>\n' +
        '  <NextContinuationToken>eyJrIjoyfQ==</NextContinuationToken>\n</ListBucketAnalyticsConfigurationResult>',
    },
    output: {
      IsTruncated: true, ContinuationToken: 'eyJrIjoxfQ+/=', NextContinuationToken: 'eyJrIjoyfQ==',
      AnalyticsConfigurationList: [{ Id: 'report1', Filter: { Tag: { Key: 'dog', Value: 'corgi' } }, StorageClassAnalysis: {} }],
    },
  },
  {
    operation: 'put_bucket_inventory_configuration',
    title: 'SSE-KMS element name and wrapped <Field> list',
    params: { Bucket: 'photos', Id: 'daily-report', InventoryConfiguration: INVENTORY },
    request: { method: 'PUT', path: '/photos', query: 'inventory&id=daily-report', body: `<InventoryConfiguration ${NS}>${INVENTORY_XML}</InventoryConfiguration>` },
  },
  {
    operation: 'get_bucket_inventory_configuration',
    params: { Bucket: 'photos', Id: 'daily-report' },
    request: { method: 'GET', path: '/photos', query: 'inventory&id=daily-report' },
    response: { body: `${DECL}<InventoryConfiguration ${NS}>${INVENTORY_XML}</InventoryConfiguration>` },
    output: { InventoryConfiguration: INVENTORY },
  },
  {
    operation: 'list_bucket_inventory_configurations',
    title: 'two configurations, SSE-S3 as an empty structure',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'inventory' },
    response: {
      body:
        `${DECL}<ListInventoryConfigurationsResult ${NS}>\n  <InventoryConfiguration>${INVENTORY_XML}</InventoryConfiguration>\n` +
        '  <InventoryConfiguration>\n    <Id>weekly</Id>\n    <IsEnabled>false</IsEnabled>\n    <Destination>\n      <S3BucketDestination>\n' +
        '        <Format>CSV</Format>\n        <Bucket>arn:aws:s3:::inventory-out</Bucket>\n        <Encryption>\n          <SSE-S3/>\n        </Encryption>\n' +
        '      </S3BucketDestination>\n    </Destination>\n    <Schedule>\n      <Frequency>Weekly</Frequency>\n    </Schedule>\n' +
        '    <IncludedObjectVersions>Current</IncludedObjectVersions>\n    <OptionalFields>\n      <Field>Size</Field>\n    </OptionalFields>\n  </InventoryConfiguration>\n' +
        '  <IsTruncated>false</IsTruncated>\n</ListInventoryConfigurationsResult>',
    },
    output: {
      IsTruncated: false,
      InventoryConfigurationList: [
        INVENTORY,
        {
          Id: 'weekly', IsEnabled: false,
          Destination: { S3BucketDestination: { Format: 'CSV', Bucket: 'arn:aws:s3:::inventory-out', Encryption: { SSES3: {} } } },
          Schedule: { Frequency: 'Weekly' }, IncludedObjectVersions: 'Current', OptionalFields: ['Size'],
        },
      ],
    },
  },
  {
    operation: 'put_bucket_metrics_configuration',
    params: { Bucket: 'photos', Id: 'hot-docs', MetricsConfiguration: { Id: 'hot-docs', Filter: { Tag: { Key: 'priority', Value: 'high' } } } },
    request: { method: 'PUT', path: '/photos', query: 'metrics&id=hot-docs', body: METRICS_BODY },
  },
  {
    operation: 'get_bucket_metrics_configuration',
    params: { Bucket: 'photos', Id: 'documents' },
    request: { method: 'GET', path: '/photos', query: 'metrics&id=documents' },
    response: {
      body:
        `${DECL}<MetricsConfiguration ${NS}>\n  <Id>documents</Id>\n  <Filter>\n    <And>\n      <Prefix>documents/</Prefix>\n` +
        '      <Tag>\n        <Key>priority</Key>\n        <Value>high</Value>\n      </Tag>\n      <Tag>\n        <Key>class</Key>\n        <Value>blue</Value>\n      </Tag>\n' +
        '    </And>\n  </Filter>\n</MetricsConfiguration>',
    },
    output: {
      MetricsConfiguration: {
        Id: 'documents',
        Filter: { And: { Prefix: 'documents/', Tags: [{ Key: 'priority', Value: 'high' }, { Key: 'class', Value: 'blue' }] } },
      },
    },
  },
  {
    operation: 'list_bucket_metrics_configurations',
    params: { Bucket: 'photos', ContinuationToken: 'page-2' },
    request: { method: 'GET', path: '/photos', query: 'metrics&continuation-token=page-2' },
    response: {
      body:
        `${DECL}<ListMetricsConfigurationsResult ${NS}>\n  <MetricsConfiguration>\n    <Id>EntireBucket</Id>\n  </MetricsConfiguration>\n` +
        '  <MetricsConfiguration>\n    <Id>images</Id>\n    <Filter>\n      <Prefix>images/</Prefix>\n    </Filter>\n  </MetricsConfiguration>\n' +
        '  <IsTruncated>false</IsTruncated>\n  <ContinuationToken>page-2</ContinuationToken>\n</ListMetricsConfigurationsResult>',
    },
    output: {
      IsTruncated: false, ContinuationToken: 'page-2',
      MetricsConfigurationList: [{ Id: 'EntireBucket' }, { Id: 'images', Filter: { Prefix: 'images/' } }],
    },
  },
  {
    operation: 'put_bucket_lifecycle_configuration',
    title: 'flattened rules and transitions, dates as ISO 8601, Content-MD5',
    params: {
      Bucket: 'photos',
      LifecycleConfiguration: {
        Rules: [
          {
            Expiration: { Days: 365 }, ID: 'archive-logs', Filter: { Prefix: 'logs/' }, Status: 'Enabled',
            Transitions: [{ Days: 30, StorageClass: 'GLACIER' }], NoncurrentVersionExpiration: { NoncurrentDays: 90 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
          {
            Expiration: { Date: new Date('2031-01-01T00:00:00Z') }, ID: 'tmp', Filter: { Prefix: 'tmp/' }, Status: 'Disabled',
            Transitions: [{ Date: new Date('2030-06-01T00:00:00Z'), StorageClass: 'ACCELERATED' }],
          },
        ],
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'lifecycle', body: LIFECYCLE_BODY, headers: { 'content-md5': md5(LIFECYCLE_BODY) } },
  },
  {
    operation: 'put_bucket_lifecycle_configuration',
    title: 'IBM archive rule: zero days, empty prefix, a date given as a string',
    params: {
      Bucket: 'photos',
      LifecycleConfiguration: {
        Rules: [{ Expiration: { Date: '2031-01-01' }, ID: 'archive-all', Filter: { Prefix: '' }, Status: 'Enabled', Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] }],
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'lifecycle', body: ARCHIVE_BODY, headers: { 'content-md5': md5(ARCHIVE_BODY) } },
  },
  {
    operation: 'get_bucket_lifecycle_configuration',
    title: 'IBM archive rule: empty prefix element is an empty string, zero stays a number',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'lifecycle' },
    response: {
      body:
        `${DECL}<LifecycleConfiguration ${NS}>\n  <Rule>\n    <ID>archive-all</ID>\n    <Filter>\n      <Prefix/>\n    </Filter>\n    <Status>Enabled</Status>\n` +
        '    <Transition>\n      <Days>0</Days>\n      <StorageClass>GLACIER</StorageClass>\n    </Transition>\n  </Rule>\n</LifecycleConfiguration>',
    },
    output: { Rules: [{ ID: 'archive-all', Filter: { Prefix: '' }, Status: 'Enabled', Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] }] },
  },
  {
    operation: 'get_bucket_lifecycle_configuration',
    title: 'typed days, dates and one-element transition lists',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'lifecycle' },
    response: {
      body:
        `${DECL}<LifecycleConfiguration ${NS}>\n  <Rule>\n    <ID>archive-logs</ID>\n    <Filter>\n      <Prefix>logs/</Prefix>\n    </Filter>\n    <Status>Enabled</Status>\n` +
        '    <Transition>\n      <Days>30</Days>\n      <StorageClass>GLACIER</StorageClass>\n    </Transition>\n    <Expiration>\n      <Days>365</Days>\n    </Expiration>\n' +
        '    <NoncurrentVersionExpiration>\n      <NoncurrentDays>90</NoncurrentDays>\n    </NoncurrentVersionExpiration>\n' +
        '    <AbortIncompleteMultipartUpload>\n      <DaysAfterInitiation>7</DaysAfterInitiation>\n    </AbortIncompleteMultipartUpload>\n  </Rule>\n' +
        '  <Rule>\n    <ID>tmp</ID>\n    <Filter>\n      <Prefix>tmp/</Prefix>\n    </Filter>\n    <Status>Disabled</Status>\n' +
        '    <Transition>\n      <Date>2030-06-01T00:00:00.000Z</Date>\n      <StorageClass>ACCELERATED</StorageClass>\n    </Transition>\n' +
        '    <Expiration>\n      <Date>2031-01-01T00:00:00.000Z</Date>\n    </Expiration>\n  </Rule>\n</LifecycleConfiguration>',
    },
    output: {
      Rules: [
        {
          ID: 'archive-logs', Filter: { Prefix: 'logs/' }, Status: 'Enabled', Transitions: [{ Days: 30, StorageClass: 'GLACIER' }],
          Expiration: { Days: 365 }, NoncurrentVersionExpiration: { NoncurrentDays: 90 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
        },
        {
          ID: 'tmp', Filter: { Prefix: 'tmp/' }, Status: 'Disabled',
          Transitions: [{ Date: new Date('2030-06-01T00:00:00Z'), StorageClass: 'ACCELERATED' }],
          Expiration: { Date: new Date('2031-01-01T00:00:00Z') },
        },
      ],
    },
  },
  {
    operation: 'put_bucket_replication',
    title: 'flattened rules, Content-MD5',
    params: {
      Bucket: 'photos',
      ReplicationConfiguration: {
        Role: 'arn:aws:iam::123456789012:role/replication',
        Rules: [{
          ID: 'docs-to-replica', Priority: 1, Prefix: 'docs/', Filter: { And: { Prefix: 'docs/', Tags: [{ Key: 'replicate', Value: 'yes' }] } },
          Status: 'Enabled', Destination: { Bucket: TARGET_CRN, StorageClass: 'STANDARD' }, DeleteMarkerReplication: { Status: 'Disabled' },
        }],
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'replication', body: REPLICATION_BODY, headers: { 'content-md5': md5(REPLICATION_BODY) } },
  },
  {
    operation: 'get_bucket_replication',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'replication' },
    response: {
      body:
        `${DECL}<ReplicationConfiguration ${NS}>\n  <Role>arn:aws:iam::123456789012:role/replication</Role>\n  <Rule>\n    <ID>docs-to-replica</ID>\n` +
        '    <Priority>1</Priority>\n    <Status>Enabled</Status>\n    <DeleteMarkerReplication>\n      <Status>Disabled</Status>\n    </DeleteMarkerReplication>\n' +
        '    <Filter>\n      <Prefix>docs/</Prefix>\n    </Filter>\n' +
        `    <Destination>\n      <Bucket>${TARGET_CRN}</Bucket>\n      <StorageClass>STANDARD</StorageClass>\n    </Destination>\n  </Rule>\n</ReplicationConfiguration>`,
    },
    output: {
      ReplicationConfiguration: {
        Role: 'arn:aws:iam::123456789012:role/replication',
        Rules: [{
          ID: 'docs-to-replica', Priority: 1, Status: 'Enabled', DeleteMarkerReplication: { Status: 'Disabled' },
          Filter: { Prefix: 'docs/' }, Destination: { Bucket: TARGET_CRN, StorageClass: 'STANDARD' },
        }],
      },
    },
  },
  {
    operation: 'put_bucket_logging',
    title: 'target grants with xsi:type, Content-MD5',
    params: {
      Bucket: 'photos',
      BucketLoggingStatus: {
        LoggingEnabled: {
          TargetBucket: 'photos-logs', TargetPrefix: 'photos/',
          TargetGrants: [{ Grantee: { EmailAddress: 'auditor@example.com', Type: 'AmazonCustomerByEmail' }, Permission: 'READ' }],
        },
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'logging', body: LOGGING_BODY, headers: { 'content-md5': md5(LOGGING_BODY) } },
  },
  {
    operation: 'get_bucket_logging',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'logging' },
    response: {
      body:
        `${DECL}<BucketLoggingStatus ${NS}>\n  <LoggingEnabled>\n    <TargetBucket>photos-logs</TargetBucket>\n    <TargetPrefix>photos/</TargetPrefix>\n` +
        `    <TargetGrants>\n      <Grant>\n        <Grantee ${XSI} xsi:type="Group">\n          <URI>http://acs.amazonaws.com/groups/s3/LogDelivery</URI>\n        </Grantee>\n` +
        '        <Permission>WRITE</Permission>\n      </Grant>\n    </TargetGrants>\n  </LoggingEnabled>\n</BucketLoggingStatus>',
    },
    output: {
      LoggingEnabled: {
        TargetBucket: 'photos-logs', TargetPrefix: 'photos/',
        TargetGrants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' }],
      },
    },
  },
  {
    operation: 'put_bucket_notification_configuration',
    title: 'renamed members (<Topic>, <Queue>) and flattened events',
    params: {
      Bucket: 'photos',
      NotificationConfiguration: {
        TopicConfigurations: [{
          Id: 'new-images', TopicArn: 'arn:aws:sns:us-east-1:123456789012:images',
          Events: ['s3:ObjectCreated:Put', 's3:ObjectCreated:CompleteMultipartUpload'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'images/' }, { Name: 'suffix', Value: '.jpg' }] } },
        }],
        QueueConfigurations: [{ QueueArn: 'arn:aws:sqs:us-east-1:123456789012:removals', Events: ['s3:ObjectRemoved:*'] }],
      },
    },
    request: { method: 'PUT', path: '/photos', query: 'notification', body: NOTIFICATION_BODY },
  },
  {
    operation: 'get_bucket_notification_configuration',
    params: { Bucket: 'photos' },
    request: { method: 'GET', path: '/photos', query: 'notification' },
    response: {
      body:
        `${DECL}<NotificationConfiguration ${NS}>\n  <CloudFunctionConfiguration>\n    <Id>thumbnails</Id>\n` +
        '    <CloudFunction>arn:aws:lambda:us-east-1:123456789012:function:thumbs</CloudFunction>\n    <Event>s3:ObjectCreated:*</Event>\n' +
        '    <Filter>\n      <S3Key>\n        <FilterRule>\n          <Name>suffix</Name>\n          <Value>.png</Value>\n        </FilterRule>\n      </S3Key>\n    </Filter>\n' +
        '  </CloudFunctionConfiguration>\n</NotificationConfiguration>',
    },
    output: {
      LambdaFunctionConfigurations: [{
        Id: 'thumbnails', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:thumbs',
        Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.png' }] } },
      }],
      TopicConfigurations: undefined,
      QueueConfigurations: undefined,
    },
  },
];
