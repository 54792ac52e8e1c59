// The S3 service model as data: operations with their HTTP bindings, and every shape they use.
// Facts: the S3 REST API (method, URI, wire names of members) and IBM COS extensions (legal holds,
// retention, bucket protection, Key Protect and Aspera), with member names and enum values as the
// ibm_boto3 reference documents them. Operations and shapes are kept in sorted order.
import type { ServiceModel } from '../types.js';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export const s3Model = {
  metadata: {
    apiVersion: '2006-03-01',
    endpointPrefix: 's3',
    serviceId: 'S3',
    protocol: 'rest-xml',
    xmlNamespace: S3_NS,
  },
  operations: {
    AbortMultipartUpload: {
      name: 'AbortMultipartUpload',
      http: { method: 'DELETE', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'AbortMultipartUploadRequest' },
      output: { shape: 'AbortMultipartUploadOutput' },
      errors: ['NoSuchUpload'],
    },
    AddLegalHold: {
      name: 'AddLegalHold',
      http: { method: 'POST', requestUri: '/{Bucket}/{Key+}?legalHold&add={RetentionLegalHoldId}' },
      input: { shape: 'AddLegalHoldRequest' },
    },
    CompleteMultipartUpload: {
      name: 'CompleteMultipartUpload',
      http: { method: 'POST', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'CompleteMultipartUploadRequest' },
      output: { shape: 'CompleteMultipartUploadOutput' },
    },
    CopyObject: {
      name: 'CopyObject',
      http: { method: 'PUT', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'CopyObjectRequest' },
      output: { shape: 'CopyObjectOutput' },
      errors: ['ObjectNotInActiveTierError'],
    },
    CreateBucket: {
      name: 'CreateBucket',
      http: { method: 'PUT', requestUri: '/{Bucket}' },
      input: { shape: 'CreateBucketRequest' },
      output: { shape: 'CreateBucketOutput' },
      errors: ['BucketAlreadyExists', 'BucketAlreadyOwnedByYou'],
    },
    CreateMultipartUpload: {
      name: 'CreateMultipartUpload',
      http: { method: 'POST', requestUri: '/{Bucket}/{Key+}?uploads' },
      input: { shape: 'CreateMultipartUploadRequest' },
      output: { shape: 'CreateMultipartUploadOutput' },
    },
    DeleteBucket: {
      name: 'DeleteBucket',
      http: { method: 'DELETE', requestUri: '/{Bucket}' },
      input: { shape: 'DeleteBucketRequest' },
    },
    DeleteBucketAnalyticsConfiguration: {
      name: 'DeleteBucketAnalyticsConfiguration',
      http: { method: 'DELETE', requestUri: '/{Bucket}?analytics' },
      input: { shape: 'DeleteBucketAnalyticsConfigurationRequest' },
    },
    DeleteBucketCors: {
      name: 'DeleteBucketCors',
      http: { method: 'DELETE', requestUri: '/{Bucket}?cors' },
      input: { shape: 'DeleteBucketCorsRequest' },
    },
    DeleteBucketInventoryConfiguration: {
      name: 'DeleteBucketInventoryConfiguration',
      http: { method: 'DELETE', requestUri: '/{Bucket}?inventory' },
      input: { shape: 'DeleteBucketInventoryConfigurationRequest' },
    },
    DeleteBucketLifecycle: {
      name: 'DeleteBucketLifecycle',
      http: { method: 'DELETE', requestUri: '/{Bucket}?lifecycle' },
      input: { shape: 'DeleteBucketLifecycleRequest' },
    },
    DeleteBucketMetricsConfiguration: {
      name: 'DeleteBucketMetricsConfiguration',
      http: { method: 'DELETE', requestUri: '/{Bucket}?metrics' },
      input: { shape: 'DeleteBucketMetricsConfigurationRequest' },
    },
    DeleteBucketPolicy: {
      name: 'DeleteBucketPolicy',
      http: { method: 'DELETE', requestUri: '/{Bucket}?policy' },
      input: { shape: 'DeleteBucketPolicyRequest' },
    },
    DeleteBucketReplication: {
      name: 'DeleteBucketReplication',
      http: { method: 'DELETE', requestUri: '/{Bucket}?replication' },
      input: { shape: 'DeleteBucketReplicationRequest' },
    },
    DeleteBucketTagging: {
      name: 'DeleteBucketTagging',
      http: { method: 'DELETE', requestUri: '/{Bucket}?tagging' },
      input: { shape: 'DeleteBucketTaggingRequest' },
    },
    DeleteBucketWebsite: {
      name: 'DeleteBucketWebsite',
      http: { method: 'DELETE', requestUri: '/{Bucket}?website' },
      input: { shape: 'DeleteBucketWebsiteRequest' },
    },
    DeleteLegalHold: {
      name: 'DeleteLegalHold',
      http: { method: 'POST', requestUri: '/{Bucket}/{Key+}?legalHold&remove={RetentionLegalHoldId}' },
      input: { shape: 'DeleteLegalHoldRequest' },
    },
    DeleteObject: {
      name: 'DeleteObject',
      http: { method: 'DELETE', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'DeleteObjectRequest' },
      output: { shape: 'DeleteObjectOutput' },
    },
    DeleteObjects: {
      name: 'DeleteObjects',
      http: { method: 'POST', requestUri: '/{Bucket}?delete' },
      input: { shape: 'DeleteObjectsRequest' },
      output: { shape: 'DeleteObjectsOutput' },
      httpChecksumRequired: true,
    },
    ExtendObjectRetention: {
      name: 'ExtendObjectRetention',
      http: { method: 'POST', requestUri: '/{Bucket}/{Key+}?extendRetention' },
      input: { shape: 'ExtendObjectRetentionRequest' },
    },
    GetBucketAccelerateConfiguration: {
      name: 'GetBucketAccelerateConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?accelerate' },
      input: { shape: 'GetBucketAccelerateConfigurationRequest' },
      output: { shape: 'GetBucketAccelerateConfigurationOutput' },
    },
    GetBucketAcl: {
      name: 'GetBucketAcl',
      http: { method: 'GET', requestUri: '/{Bucket}?acl' },
      input: { shape: 'GetBucketAclRequest' },
      output: { shape: 'GetBucketAclOutput' },
    },
    GetBucketAnalyticsConfiguration: {
      name: 'GetBucketAnalyticsConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?analytics' },
      input: { shape: 'GetBucketAnalyticsConfigurationRequest' },
      output: { shape: 'GetBucketAnalyticsConfigurationOutput' },
    },
    GetBucketAspera: {
      name: 'GetBucketAspera',
      http: { method: 'GET', requestUri: '/{Bucket}?faspConnectionInfo' },
      input: { shape: 'GetBucketAsperaRequest' },
      output: { shape: 'GetBucketAsperaOutput' },
    },
    GetBucketCors: {
      name: 'GetBucketCors',
      http: { method: 'GET', requestUri: '/{Bucket}?cors' },
      input: { shape: 'GetBucketCorsRequest' },
      output: { shape: 'GetBucketCorsOutput' },
    },
    GetBucketInventoryConfiguration: {
      name: 'GetBucketInventoryConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?inventory' },
      input: { shape: 'GetBucketInventoryConfigurationRequest' },
      output: { shape: 'GetBucketInventoryConfigurationOutput' },
    },
    GetBucketLifecycleConfiguration: {
      name: 'GetBucketLifecycleConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?lifecycle' },
      input: { shape: 'GetBucketLifecycleConfigurationRequest' },
      output: { shape: 'GetBucketLifecycleConfigurationOutput' },
    },
    GetBucketLocation: {
      name: 'GetBucketLocation',
      http: { method: 'GET', requestUri: '/{Bucket}?location' },
      input: { shape: 'GetBucketLocationRequest' },
      output: { shape: 'GetBucketLocationOutput' },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketLogging: {
      name: 'GetBucketLogging',
      http: { method: 'GET', requestUri: '/{Bucket}?logging' },
      input: { shape: 'GetBucketLoggingRequest' },
      output: { shape: 'GetBucketLoggingOutput' },
    },
    GetBucketMetricsConfiguration: {
      name: 'GetBucketMetricsConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?metrics' },
      input: { shape: 'GetBucketMetricsConfigurationRequest' },
      output: { shape: 'GetBucketMetricsConfigurationOutput' },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketNotificationConfiguration: {
      name: 'GetBucketNotificationConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?notification' },
      input: { shape: 'GetBucketNotificationConfigurationRequest' },
      output: { shape: 'GetBucketNotificationConfigurationOutput' },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketPolicy: {
      name: 'GetBucketPolicy',
      http: { method: 'GET', requestUri: '/{Bucket}?policy' },
      input: { shape: 'GetBucketPolicyRequest' },
      output: { shape: 'GetBucketPolicyOutput' },
    },
    GetBucketProtectionConfiguration: {
      name: 'GetBucketProtectionConfiguration',
      http: { method: 'GET', requestUri: '/{Bucket}?protection' },
      input: { shape: 'GetBucketProtectionConfigurationRequest' },
      output: { shape: 'GetBucketProtectionConfigurationOutput' },
    },
    GetBucketReplication: {
      name: 'GetBucketReplication',
      http: { method: 'GET', requestUri: '/{Bucket}?replication' },
      input: { shape: 'GetBucketReplicationRequest' },
      output: { shape: 'GetBucketReplicationOutput' },
    },
    GetBucketTagging: {
      name: 'GetBucketTagging',
      http: { method: 'GET', requestUri: '/{Bucket}?tagging' },
      input: { shape: 'GetBucketTaggingRequest' },
      output: { shape: 'GetBucketTaggingOutput' },
    },
    GetBucketVersioning: {
      name: 'GetBucketVersioning',
      http: { method: 'GET', requestUri: '/{Bucket}?versioning' },
      input: { shape: 'GetBucketVersioningRequest' },
      output: { shape: 'GetBucketVersioningOutput' },
    },
    GetBucketWebsite: {
      name: 'GetBucketWebsite',
      http: { method: 'GET', requestUri: '/{Bucket}?website' },
      input: { shape: 'GetBucketWebsiteRequest' },
      output: { shape: 'GetBucketWebsiteOutput' },
    },
    GetObject: {
      name: 'GetObject',
      http: { method: 'GET', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'GetObjectRequest' },
      output: { shape: 'GetObjectOutput' },
      errors: ['NoSuchKey', 'InvalidObjectState'],
    },
    GetObjectAcl: {
      name: 'GetObjectAcl',
      http: { method: 'GET', requestUri: '/{Bucket}/{Key+}?acl' },
      input: { shape: 'GetObjectAclRequest' },
      output: { shape: 'GetObjectAclOutput' },
      errors: ['NoSuchKey'],
    },
    GetObjectTorrent: {
      name: 'GetObjectTorrent',
      http: { method: 'GET', requestUri: '/{Bucket}/{Key+}?torrent' },
      input: { shape: 'GetObjectTorrentRequest' },
      output: { shape: 'GetObjectTorrentOutput' },
    },
    HeadBucket: {
      name: 'HeadBucket',
      http: { method: 'HEAD', requestUri: '/{Bucket}' },
      input: { shape: 'HeadBucketRequest' },
      output: { shape: 'HeadBucketOutput' },
    },
    HeadObject: {
      name: 'HeadObject',
      http: { method: 'HEAD', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'HeadObjectRequest' },
      output: { shape: 'HeadObjectOutput' },
      errors: ['NoSuchKey'],
    },
    ListBucketAnalyticsConfigurations: {
      name: 'ListBucketAnalyticsConfigurations',
      http: { method: 'GET', requestUri: '/{Bucket}?analytics' },
      input: { shape: 'ListBucketAnalyticsConfigurationsRequest' },
      output: { shape: 'ListBucketAnalyticsConfigurationsOutput' },
    },
    ListBucketInventoryConfigurations: {
      name: 'ListBucketInventoryConfigurations',
      http: { method: 'GET', requestUri: '/{Bucket}?inventory' },
      input: { shape: 'ListBucketInventoryConfigurationsRequest' },
      output: { shape: 'ListBucketInventoryConfigurationsOutput' },
    },
    ListBucketMetricsConfigurations: {
      name: 'ListBucketMetricsConfigurations',
      http: { method: 'GET', requestUri: '/{Bucket}?metrics' },
      input: { shape: 'ListBucketMetricsConfigurationsRequest' },
      output: { shape: 'ListBucketMetricsConfigurationsOutput' },
    },
    ListBuckets: {
      name: 'ListBuckets',
      http: { method: 'GET', requestUri: '/' },
      input: { shape: 'ListBucketsRequest' },
      output: { shape: 'ListBucketsOutput' },
    },
    ListBucketsExtended: {
      name: 'ListBucketsExtended',
      http: { method: 'GET', requestUri: '/?extended' },
      input: { shape: 'ListBucketsExtendedRequest' },
      output: { shape: 'ListBucketsExtendedOutput' },
    },
    ListLegalHolds: {
      name: 'ListLegalHolds',
      http: { method: 'GET', requestUri: '/{Bucket}/{Key+}?legalHold' },
      input: { shape: 'ListLegalHoldsRequest' },
      output: { shape: 'ListLegalHoldsOutput' },
    },
    ListMultipartUploads: {
      name: 'ListMultipartUploads',
      http: { method: 'GET', requestUri: '/{Bucket}?uploads' },
      input: { shape: 'ListMultipartUploadsRequest' },
      output: { shape: 'ListMultipartUploadsOutput' },
    },
    ListObjectVersions: {
      name: 'ListObjectVersions',
      http: { method: 'GET', requestUri: '/{Bucket}?versions' },
      input: { shape: 'ListObjectVersionsRequest' },
      output: { shape: 'ListObjectVersionsOutput' },
    },
    ListObjects: {
      name: 'ListObjects',
      http: { method: 'GET', requestUri: '/{Bucket}' },
      input: { shape: 'ListObjectsRequest' },
      output: { shape: 'ListObjectsOutput' },
      errors: ['NoSuchBucket'],
    },
    ListObjectsV2: {
      name: 'ListObjectsV2',
      http: { method: 'GET', requestUri: '/{Bucket}?list-type=2' },
      input: { shape: 'ListObjectsV2Request' },
      output: { shape: 'ListObjectsV2Output' },
      errors: ['NoSuchBucket'],
    },
    ListParts: {
      name: 'ListParts',
      http: { method: 'GET', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'ListPartsRequest' },
      output: { shape: 'ListPartsOutput' },
      errors: ['NoSuchUpload'],
    },
    PutBucketAccelerateConfiguration: {
      name: 'PutBucketAccelerateConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?accelerate' },
      input: { shape: 'PutBucketAccelerateConfigurationRequest' },
    },
    PutBucketAcl: {
      name: 'PutBucketAcl',
      http: { method: 'PUT', requestUri: '/{Bucket}?acl' },
      input: { shape: 'PutBucketAclRequest' },
      httpChecksumRequired: true,
    },
    PutBucketAnalyticsConfiguration: {
      name: 'PutBucketAnalyticsConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?analytics' },
      input: { shape: 'PutBucketAnalyticsConfigurationRequest' },
    },
    PutBucketCors: {
      name: 'PutBucketCors',
      http: { method: 'PUT', requestUri: '/{Bucket}?cors' },
      input: { shape: 'PutBucketCorsRequest' },
      httpChecksumRequired: true,
    },
    PutBucketInventoryConfiguration: {
      name: 'PutBucketInventoryConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?inventory' },
      input: { shape: 'PutBucketInventoryConfigurationRequest' },
    },
    PutBucketLifecycleConfiguration: {
      name: 'PutBucketLifecycleConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?lifecycle' },
      input: { shape: 'PutBucketLifecycleConfigurationRequest' },
      httpChecksumRequired: true,
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    PutBucketLogging: {
      name: 'PutBucketLogging',
      http: { method: 'PUT', requestUri: '/{Bucket}?logging' },
      input: { shape: 'PutBucketLoggingRequest' },
      httpChecksumRequired: true,
    },
    PutBucketMetricsConfiguration: {
      name: 'PutBucketMetricsConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?metrics' },
      input: { shape: 'PutBucketMetricsConfigurationRequest' },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    PutBucketNotificationConfiguration: {
      name: 'PutBucketNotificationConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?notification' },
      input: { shape: 'PutBucketNotificationConfigurationRequest' },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    PutBucketPolicy: {
      name: 'PutBucketPolicy',
      http: { method: 'PUT', requestUri: '/{Bucket}?policy' },
      input: { shape: 'PutBucketPolicyRequest' },
      httpChecksumRequired: true,
    },
    PutBucketProtectionConfiguration: {
      name: 'PutBucketProtectionConfiguration',
      http: { method: 'PUT', requestUri: '/{Bucket}?protection' },
      input: { shape: 'PutBucketProtectionConfigurationRequest' },
      httpChecksumRequired: true,
    },
    PutBucketReplication: {
      name: 'PutBucketReplication',
      http: { method: 'PUT', requestUri: '/{Bucket}?replication' },
      input: { shape: 'PutBucketReplicationRequest' },
      httpChecksumRequired: true,
    },
    PutBucketTagging: {
      name: 'PutBucketTagging',
      http: { method: 'PUT', requestUri: '/{Bucket}?tagging' },
      input: { shape: 'PutBucketTaggingRequest' },
      httpChecksumRequired: true,
    },
    PutBucketVersioning: {
      name: 'PutBucketVersioning',
      http: { method: 'PUT', requestUri: '/{Bucket}?versioning' },
      input: { shape: 'PutBucketVersioningRequest' },
      httpChecksumRequired: true,
    },
    PutBucketWebsite: {
      name: 'PutBucketWebsite',
      http: { method: 'PUT', requestUri: '/{Bucket}?website' },
      input: { shape: 'PutBucketWebsiteRequest' },
      httpChecksumRequired: true,
    },
    PutObject: {
      name: 'PutObject',
      http: { method: 'PUT', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'PutObjectRequest' },
      output: { shape: 'PutObjectOutput' },
    },
    PutObjectAcl: {
      name: 'PutObjectAcl',
      http: { method: 'PUT', requestUri: '/{Bucket}/{Key+}?acl' },
      input: { shape: 'PutObjectAclRequest' },
      output: { shape: 'PutObjectAclOutput' },
      httpChecksumRequired: true,
    },
    RestoreObject: {
      name: 'RestoreObject',
      http: { method: 'POST', requestUri: '/{Bucket}/{Key+}?restore' },
      input: { shape: 'RestoreObjectRequest' },
      output: { shape: 'RestoreObjectOutput' },
      errors: ['ObjectAlreadyInActiveTierError'],
    },
    UploadPart: {
      name: 'UploadPart',
      http: { method: 'PUT', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'UploadPartRequest' },
      output: { shape: 'UploadPartOutput' },
    },
    UploadPartCopy: {
      name: 'UploadPartCopy',
      http: { method: 'PUT', requestUri: '/{Bucket}/{Key+}' },
      input: { shape: 'UploadPartCopyRequest' },
      output: { shape: 'UploadPartCopyOutput' },
    },
  },
  shapes: {
    AbortIncompleteMultipartUpload: {
      type: 'structure',
      members: {
        DaysAfterInitiation: { shape: 'Integer' },
      },
    },
    AbortMultipartUploadOutput: {
      type: 'structure',
      members: {
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    AbortMultipartUploadRequest: {
      type: 'structure',
      required: ['Bucket', 'Key', 'UploadId'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        UploadId: { shape: 'String', location: 'querystring', locationName: 'uploadId' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    AccelerateConfiguration: {
      type: 'structure',
      members: {
        Status: { shape: 'BucketAccelerateStatus' },
      },
    },
    AccessControlPolicy: {
      type: 'structure',
      members: {
        Grants: { shape: 'Grants', locationName: 'AccessControlList' },
        Owner: { shape: 'Owner' },
      },
    },
    AccessControlTranslation: {
      type: 'structure',
      members: {
        Owner: { shape: 'String' },
      },
    },
    AccessKey: {
      type: 'structure',
      members: {
        Id: { shape: 'SensitiveString' },
        Secret: { shape: 'SensitiveString' },
      },
    },
    AddLegalHoldRequest: {
      type: 'structure',
      required: ['Bucket', 'Key', 'RetentionLegalHoldId'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        RetentionLegalHoldId: { shape: 'String', location: 'uri', locationName: 'RetentionLegalHoldId' },
      },
    },
    AllowedHeaders: { type: 'list', member: { shape: 'String' }, flattened: true },
    AllowedMethods: { type: 'list', member: { shape: 'String' }, flattened: true },
    AllowedOrigins: { type: 'list', member: { shape: 'String' }, flattened: true },
    AnalyticsAndOperator: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tags: { shape: 'TagList', locationName: 'Tag' },
      },
    },
    AnalyticsConfiguration: {
      type: 'structure',
      required: ['Id', 'StorageClassAnalysis'],
      members: {
        Id: { shape: 'String' },
        Filter: { shape: 'AnalyticsFilter' },
        StorageClassAnalysis: { shape: 'StorageClassAnalysis' },
      },
    },
    AnalyticsConfigurationList: { type: 'list', member: { shape: 'AnalyticsConfiguration' }, flattened: true },
    AnalyticsExportDestination: {
      type: 'structure',
      required: ['S3BucketDestination'],
      members: {
        S3BucketDestination: { shape: 'AnalyticsS3BucketDestination' },
      },
    },
    AnalyticsFilter: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tag: { shape: 'Tag' },
        And: { shape: 'AnalyticsAndOperator' },
      },
    },
    AnalyticsS3BucketDestination: {
      type: 'structure',
      required: ['Format', 'Bucket'],
      members: {
        Format: { shape: 'AnalyticsS3ExportFileFormat' },
        BucketAccountId: { shape: 'String' },
        Bucket: { shape: 'String' },
        Prefix: { shape: 'String' },
      },
    },
    AnalyticsS3ExportFileFormat: { type: 'string', enum: ['CSV'] },
    Blob: { type: 'blob' },
    Boolean: { type: 'boolean' },
    Bucket: {
      type: 'structure',
      members: {
        Name: { shape: 'String' },
        CreationDate: { shape: 'Timestamp' },
        LocationConstraint: { shape: 'BucketLocationConstraint' },
        CreationTemplateId: { shape: 'String' },
      },
    },
    BucketAccelerateStatus: { type: 'string', enum: ['Enabled', 'Suspended'] },
    BucketAlreadyExists: { type: 'structure', members: {}, exception: true },
    BucketAlreadyOwnedByYou: { type: 'structure', members: {}, exception: true },
    BucketCannedACL: { type: 'string', enum: ['private', 'public-read', 'public-read-write', 'authenticated-read'] },
    BucketLifecycleConfiguration: {
      type: 'structure',
      required: ['Rules'],
      members: {
        Rules: { shape: 'LifecycleRules', locationName: 'Rule' },
      },
    },
    BucketLocationConstraint: {
      type: 'string',
      enum: [
        'us-standard', 'us-vault', 'us-cold', 'us-flex', 'us-east-standard', 'us-east-vault', 'us-east-cold',
        'us-east-flex', 'us-south-standard', 'us-south-vault', 'us-south-cold', 'us-south-flex', 'eu-standard',
        'eu-vault', 'eu-cold', 'eu-flex', 'eu-gb-standard', 'eu-gb-vault', 'eu-gb-cold', 'eu-gb-flex', 'eu-de-standard',
        'eu-de-vault', 'eu-de-cold', 'eu-de-flex', 'ap-standard', 'ap-vault', 'ap-cold', 'ap-flex', 'ams03-standard',
        'ams03-vault', 'ams03-cold', 'ams03-flex', 'che01-standard', 'che01-vault', 'che01-cold', 'che01-flex',
        'mel01-standard', 'mel01-vault', 'mel01-cold', 'mel01-flex', 'osl01-standard', 'osl01-vault', 'osl01-cold',
        'osl01-flex', 'sao01-standard', 'sao01-vault', 'sao01-cold', 'sao01-flex', 'tor01-standard', 'tor01-vault',
        'tor01-cold', 'tor01-flex',
      ],
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    BucketLoggingStatus: {
      type: 'structure',
      members: {
        LoggingEnabled: { shape: 'LoggingEnabled' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    BucketLogsPermission: { type: 'string', enum: ['FULL_CONTROL', 'READ', 'WRITE'] },
    BucketProtectionDefaultRetention: {
      type: 'structure',
      required: ['Days'],
      members: {
        Days: { shape: 'Integer' },
      },
    },
    BucketProtectionMaximumRetention: {
      type: 'structure',
      required: ['Days'],
      members: {
        Days: { shape: 'Integer' },
      },
    },
    BucketProtectionMinimumRetention: {
      type: 'structure',
      required: ['Days'],
      members: {
        Days: { shape: 'Integer' },
      },
    },
    BucketProtectionStatus: { type: 'string', enum: ['Retention'] },
    BucketVersioningStatus: { type: 'string', enum: ['Enabled', 'Suspended'] },
    Buckets: { type: 'list', member: { shape: 'Bucket', locationName: 'Bucket' } },
    CORSConfiguration: {
      type: 'structure',
      required: ['CORSRules'],
      members: {
        CORSRules: { shape: 'CORSRules', locationName: 'CORSRule' },
      },
    },
    CORSRule: {
      type: 'structure',
      required: ['AllowedMethods', 'AllowedOrigins'],
      members: {
        ID: { shape: 'String' },
        AllowedHeaders: { shape: 'AllowedHeaders', locationName: 'AllowedHeader' },
        AllowedMethods: { shape: 'AllowedMethods', locationName: 'AllowedMethod' },
        AllowedOrigins: { shape: 'AllowedOrigins', locationName: 'AllowedOrigin' },
        ExposeHeaders: { shape: 'ExposeHeaders', locationName: 'ExposeHeader' },
        MaxAgeSeconds: { shape: 'Integer' },
      },
    },
    CORSRules: { type: 'list', member: { shape: 'CORSRule' }, flattened: true },
    CSVInput: {
      type: 'structure',
      members: {
        FileHeaderInfo: { shape: 'String' },
        Comments: { shape: 'String' },
        QuoteEscapeCharacter: { shape: 'String' },
        RecordDelimiter: { shape: 'String' },
        FieldDelimiter: { shape: 'String' },
        QuoteCharacter: { shape: 'String' },
        AllowQuotedRecordDelimiter: { shape: 'Boolean' },
      },
    },
    CSVOutput: {
      type: 'structure',
      members: {
        QuoteFields: { shape: 'String' },
        QuoteEscapeCharacter: { shape: 'String' },
        RecordDelimiter: { shape: 'String' },
        FieldDelimiter: { shape: 'String' },
        QuoteCharacter: { shape: 'String' },
      },
    },
    ChecksumAlgorithmList: { type: 'list', member: { shape: 'String' }, flattened: true },
    CommonPrefix: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
      },
    },
    CommonPrefixList: { type: 'list', member: { shape: 'CommonPrefix' }, flattened: true },
    CompleteMultipartUploadOutput: {
      type: 'structure',
      members: {
        Location: { shape: 'String' },
        Bucket: { shape: 'String' },
        Key: { shape: 'String' },
        Expiration: { shape: 'String', location: 'header', locationName: 'x-amz-expiration' },
        ETag: { shape: 'String' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        VersionId: { shape: 'String', location: 'header', locationName: 'x-amz-version-id' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    CompleteMultipartUploadRequest: {
      type: 'structure',
      required: ['Bucket', 'Key', 'UploadId'],
      payload: 'MultipartUpload',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MultipartUpload: { shape: 'CompletedMultipartUpload', locationName: 'CompleteMultipartUpload', xmlNamespace: { uri: S3_NS } },
        UploadId: { shape: 'String', location: 'querystring', locationName: 'uploadId' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
        RetentionExpirationDate: { shape: 'Timestamp', location: 'header', locationName: 'Retention-Expiration-Date', timestampFormat: 'iso8601' },
        RetentionLegalHoldId: { shape: 'String', location: 'header', locationName: 'Retention-Legal-Hold-ID' },
        RetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'Retention-Period' },
      },
    },
    CompletedMultipartUpload: {
      type: 'structure',
      members: {
        Parts: { shape: 'CompletedPartList', locationName: 'Part' },
      },
    },
    CompletedPart: {
      type: 'structure',
      members: {
        ETag: { shape: 'String' },
        ChecksumCRC32: { shape: 'String' },
        ChecksumCRC32C: { shape: 'String' },
        ChecksumSHA1: { shape: 'String' },
        ChecksumSHA256: { shape: 'String' },
        PartNumber: { shape: 'Integer' },
      },
    },
    CompletedPartList: { type: 'list', member: { shape: 'CompletedPart' }, flattened: true },
    Condition: {
      type: 'structure',
      members: {
        HttpErrorCodeReturnedEquals: { shape: 'String' },
        KeyPrefixEquals: { shape: 'String' },
      },
    },
    CopyObjectOutput: {
      type: 'structure',
      payload: 'CopyObjectResult',
      members: {
        CopyObjectResult: { shape: 'CopyObjectResult', locationName: 'CopyObjectResult' },
        Expiration: { shape: 'String', location: 'header', locationName: 'x-amz-expiration' },
        CopySourceVersionId: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-version-id' },
        VersionId: { shape: 'String', location: 'header', locationName: 'x-amz-version-id' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    CopyObjectRequest: {
      type: 'structure',
      required: ['Bucket', 'CopySource', 'Key'],
      members: {
        ACL: { shape: 'ObjectCannedACL', location: 'header', locationName: 'x-amz-acl' },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        CacheControl: { shape: 'String', location: 'header', locationName: 'Cache-Control' },
        ContentDisposition: { shape: 'String', location: 'header', locationName: 'Content-Disposition' },
        ContentEncoding: { shape: 'String', location: 'header', locationName: 'Content-Encoding' },
        ContentLanguage: { shape: 'String', location: 'header', locationName: 'Content-Language' },
        ContentType: { shape: 'String', location: 'header', locationName: 'Content-Type' },
        CopySource: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source' },
        CopySourceIfMatch: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-if-match' },
        CopySourceIfModifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'x-amz-copy-source-if-modified-since' },
        CopySourceIfNoneMatch: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-if-none-match' },
        CopySourceIfUnmodifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'x-amz-copy-source-if-unmodified-since' },
        Expires: { shape: 'Timestamp', location: 'header', locationName: 'Expires' },
        GrantFullControl: { shape: 'String', location: 'header', locationName: 'x-amz-grant-full-control' },
        GrantRead: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read' },
        GrantReadACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read-acp' },
        GrantWriteACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write-acp' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        Metadata: { shape: 'Metadata', location: 'headers', locationName: 'x-amz-meta-' },
        MetadataDirective: { shape: 'MetadataDirective', location: 'header', locationName: 'x-amz-metadata-directive' },
        RetentionDirective: { shape: 'RetentionDirective', location: 'header', locationName: 'Retention-Directive' },
        RetentionExpirationDate: { shape: 'Timestamp', location: 'header', locationName: 'Retention-Expiration-Date', timestampFormat: 'iso8601' },
        RetentionLegalHoldId: { shape: 'String', location: 'header', locationName: 'Retention-Legal-Hold-ID' },
        RetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'Retention-Period' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        StorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-amz-storage-class' },
        WebsiteRedirectLocation: { shape: 'String', location: 'header', locationName: 'x-amz-website-redirect-location' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        CopySourceSSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-server-side-encryption-customer-algorithm' },
        CopySourceSSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-copy-source-server-side-encryption-customer-key' },
        CopySourceSSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-server-side-encryption-customer-key-MD5' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    CopyObjectResult: {
      type: 'structure',
      members: {
        ETag: { shape: 'String' },
        LastModified: { shape: 'Timestamp' },
        ChecksumCRC32: { shape: 'String' },
        ChecksumCRC32C: { shape: 'String' },
        ChecksumSHA1: { shape: 'String' },
        ChecksumSHA256: { shape: 'String' },
      },
    },
    CopyPartResult: {
      type: 'structure',
      members: {
        ETag: { shape: 'String' },
        LastModified: { shape: 'Timestamp' },
        ChecksumCRC32: { shape: 'String' },
        ChecksumCRC32C: { shape: 'String' },
        ChecksumSHA1: { shape: 'String' },
        ChecksumSHA256: { shape: 'String' },
      },
    },
    CreateBucketConfiguration: {
      type: 'structure',
      members: {
        LocationConstraint: { shape: 'BucketLocationConstraint' },
      },
    },
    CreateBucketOutput: {
      type: 'structure',
      members: {
        Location: { shape: 'String', location: 'header', locationName: 'Location' },
      },
    },
    CreateBucketRequest: {
      type: 'structure',
      required: ['Bucket'],
      payload: 'CreateBucketConfiguration',
      members: {
        ACL: { shape: 'BucketCannedACL', location: 'header', locationName: 'x-amz-acl' },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        CreateBucketConfiguration: { shape: 'CreateBucketConfiguration', locationName: 'CreateBucketConfiguration', xmlNamespace: { uri: S3_NS } },
        GrantFullControl: { shape: 'String', location: 'header', locationName: 'x-amz-grant-full-control' },
        GrantRead: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read' },
        GrantReadACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read-acp' },
        GrantWrite: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write' },
        GrantWriteACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write-acp' },
        IBMServiceInstanceId: { shape: 'String', location: 'header', locationName: 'ibm-service-instance-id' },
        IBMSSEKPEncryptionAlgorithm: { shape: 'IBMSSEKPEncryptionAlgorithm', location: 'header', locationName: 'ibm-sse-kp-encryption-algorithm' },
        IBMSSEKPCustomerRootKeyCrn: { shape: 'String', location: 'header', locationName: 'ibm-sse-kp-customer-root-key-crn' },
      },
    },
    CreateMultipartUploadOutput: {
      type: 'structure',
      members: {
        AbortDate: { shape: 'Timestamp', location: 'header', locationName: 'x-amz-abort-date' },
        AbortRuleId: { shape: 'String', location: 'header', locationName: 'x-amz-abort-rule-id' },
        Bucket: { shape: 'String' },
        Key: { shape: 'String' },
        UploadId: { shape: 'String' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    CreateMultipartUploadRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        ACL: { shape: 'ObjectCannedACL', location: 'header', locationName: 'x-amz-acl' },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        CacheControl: { shape: 'String', location: 'header', locationName: 'Cache-Control' },
        ContentDisposition: { shape: 'String', location: 'header', locationName: 'Content-Disposition' },
        ContentEncoding: { shape: 'String', location: 'header', locationName: 'Content-Encoding' },
        ContentLanguage: { shape: 'String', location: 'header', locationName: 'Content-Language' },
        ContentType: { shape: 'String', location: 'header', locationName: 'Content-Type' },
        Expires: { shape: 'Timestamp', location: 'header', locationName: 'Expires' },
        GrantFullControl: { shape: 'String', location: 'header', locationName: 'x-amz-grant-full-control' },
        GrantRead: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read' },
        GrantReadACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read-acp' },
        GrantWriteACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write-acp' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        Metadata: { shape: 'Metadata', location: 'headers', locationName: 'x-amz-meta-' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        StorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-amz-storage-class' },
        WebsiteRedirectLocation: { shape: 'String', location: 'header', locationName: 'x-amz-website-redirect-location' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    Delete: {
      type: 'structure',
      required: ['Objects'],
      members: {
        Objects: { shape: 'ObjectIdentifierList', locationName: 'Object' },
        Quiet: { shape: 'Boolean' },
      },
    },
    DeleteBucketAnalyticsConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
      },
    },
    DeleteBucketCorsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteBucketInventoryConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
      },
    },
    DeleteBucketLifecycleRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteBucketMetricsConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
      },
    },
    DeleteBucketPolicyRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteBucketReplicationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteBucketRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteBucketTaggingRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteBucketWebsiteRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    DeleteLegalHoldRequest: {
      type: 'structure',
      required: ['Bucket', 'Key', 'RetentionLegalHoldId'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        RetentionLegalHoldId: { shape: 'String', location: 'uri', locationName: 'RetentionLegalHoldId' },
      },
    },
    DeleteMarkerEntry: {
      type: 'structure',
      members: {
        Owner: { shape: 'Owner' },
        Key: { shape: 'String' },
        VersionId: { shape: 'String' },
        IsLatest: { shape: 'Boolean' },
        LastModified: { shape: 'Timestamp' },
      },
    },
    DeleteMarkerReplication: {
      type: 'structure',
      members: {
        Status: { shape: 'String' },
      },
    },
    DeleteMarkers: { type: 'list', member: { shape: 'DeleteMarkerEntry' }, flattened: true },
    DeleteObjectOutput: {
      type: 'structure',
      members: {
        DeleteMarker: { shape: 'Boolean', location: 'header', locationName: 'x-amz-delete-marker' },
        VersionId: { shape: 'String', location: 'header', locationName: 'x-amz-version-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    DeleteObjectRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MFA: { shape: 'String', location: 'header', locationName: 'x-amz-mfa' },
        VersionId: { shape: 'String', location: 'querystring', locationName: 'versionId' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    DeleteObjectsOutput: {
      type: 'structure',
      members: {
        Deleted: { shape: 'DeletedObjects' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
        Errors: { shape: 'Errors', locationName: 'Error' },
      },
    },
    DeleteObjectsRequest: {
      type: 'structure',
      required: ['Bucket', 'Delete'],
      payload: 'Delete',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Delete: { shape: 'Delete', locationName: 'Delete', xmlNamespace: { uri: S3_NS } },
        MFA: { shape: 'String', location: 'header', locationName: 'x-amz-mfa' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    DeletedObject: {
      type: 'structure',
      members: {
        Key: { shape: 'String' },
        VersionId: { shape: 'String' },
        DeleteMarker: { shape: 'Boolean' },
        DeleteMarkerVersionId: { shape: 'String' },
      },
    },
    DeletedObjects: { type: 'list', member: { shape: 'DeletedObject' }, flattened: true },
    Destination: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String' },
        Account: { shape: 'String' },
        StorageClass: { shape: 'StorageClass' },
        AccessControlTranslation: { shape: 'AccessControlTranslation' },
        EncryptionConfiguration: { shape: 'EncryptionConfiguration' },
        ReplicationTime: { shape: 'ReplicationTime' },
        Metrics: { shape: 'Metrics' },
      },
    },
    Double: { type: 'double' },
    EncodingType: { type: 'string', enum: ['url'] },
    Encryption: {
      type: 'structure',
      members: {
        EncryptionType: { shape: 'String' },
        KMSKeyId: { shape: 'String' },
        KMSContext: { shape: 'String' },
      },
    },
    EncryptionConfiguration: {
      type: 'structure',
      members: {
        ReplicaKmsKeyID: { shape: 'String' },
      },
    },
    Error: {
      type: 'structure',
      members: {
        Key: { shape: 'String' },
        VersionId: { shape: 'String' },
        Code: { shape: 'String' },
        Message: { shape: 'String' },
      },
    },
    ErrorDocument: {
      type: 'structure',
      required: ['Key'],
      members: {
        Key: { shape: 'String' },
      },
    },
    Errors: { type: 'list', member: { shape: 'Error' }, flattened: true },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    Event: {
      type: 'string',
      enum: [
        's3:ReducedRedundancyLostObject', 's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post',
        's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload', 's3:ObjectRemoved:*',
        's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated', 's3:ObjectRestore:*',
        's3:ObjectRestore:Post', 's3:ObjectRestore:Completed', 's3:ObjectRestore:Delete', 's3:Replication:*',
        's3:Replication:OperationFailedReplication', 's3:Replication:OperationNotTracked',
        's3:Replication:OperationMissedThreshold', 's3:Replication:OperationReplicatedAfterThreshold',
        's3:LifecycleExpiration:*', 's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated',
        's3:LifecycleTransition', 's3:IntelligentTiering', 's3:ObjectAcl:Put', 's3:ObjectTagging:*',
        's3:ObjectTagging:Put', 's3:ObjectTagging:Delete',
      ],
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    EventList: { type: 'list', member: { shape: 'Event' }, flattened: true },
    ExistingObjectReplication: {
      type: 'structure',
      members: {
        Status: { shape: 'String' },
      },
    },
    ExpirationStatus: { type: 'string', enum: ['Enabled', 'Disabled'] },
    ExposeHeaders: { type: 'list', member: { shape: 'String' }, flattened: true },
    ExtendObjectRetentionRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        AdditionalRetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'Additional-Retention-Period' },
        ExtendRetentionFromCurrentTime: { shape: 'Integer', location: 'header', locationName: 'Extend-Retention-From-Current-Time' },
        NewRetentionExpirationDate: { shape: 'Timestamp', location: 'header', locationName: 'New-Retention-Expiration-Date', timestampFormat: 'iso8601' },
        NewRetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'New-Retention-Period' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    FilterRule: {
      type: 'structure',
      members: {
        Name: { shape: 'FilterRuleName' },
        Value: { shape: 'String' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    FilterRuleList: { type: 'list', member: { shape: 'FilterRule' }, flattened: true },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    FilterRuleName: { type: 'string', enum: ['prefix', 'suffix'] },
    Float: { type: 'float' },
    GetBucketAccelerateConfigurationOutput: {
      type: 'structure',
      members: {
        Status: { shape: 'BucketAccelerateStatus' },
      },
    },
    GetBucketAccelerateConfigurationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketAclOutput: {
      type: 'structure',
      members: {
        Owner: { shape: 'Owner' },
        Grants: { shape: 'Grants', locationName: 'AccessControlList' },
      },
    },
    GetBucketAclRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketAnalyticsConfigurationOutput: {
      type: 'structure',
      payload: 'AnalyticsConfiguration',
      members: {
        AnalyticsConfiguration: { shape: 'AnalyticsConfiguration', locationName: 'AnalyticsConfiguration' },
      },
    },
    GetBucketAnalyticsConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
      },
    },
    GetBucketAsperaOutput: {
      type: 'structure',
      members: {
        AccessKey: { shape: 'AccessKey' },
        ATSEndpoint: { shape: 'SensitiveString' },
      },
    },
    GetBucketAsperaRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketCorsOutput: {
      type: 'structure',
      members: {
        CORSRules: { shape: 'CORSRules', locationName: 'CORSRule' },
      },
    },
    GetBucketCorsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
      },
    },
    GetBucketInventoryConfigurationOutput: {
      type: 'structure',
      payload: 'InventoryConfiguration',
      members: {
        InventoryConfiguration: { shape: 'InventoryConfiguration', locationName: 'InventoryConfiguration' },
      },
    },
    GetBucketInventoryConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
      },
    },
    GetBucketLifecycleConfigurationOutput: {
      type: 'structure',
      members: {
        Rules: { shape: 'LifecycleRules', locationName: 'Rule' },
      },
    },
    GetBucketLifecycleConfigurationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketLocationOutput: {
      type: 'structure',
      members: {
        LocationConstraint: { shape: 'BucketLocationConstraint' },
      },
    },
    GetBucketLocationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketLoggingOutput: {
      type: 'structure',
      members: {
        LoggingEnabled: { shape: 'LoggingEnabled' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketLoggingRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketMetricsConfigurationOutput: {
      type: 'structure',
      payload: 'MetricsConfiguration',
      members: {
        MetricsConfiguration: { shape: 'MetricsConfiguration', locationName: 'MetricsConfiguration' },
      },
    },
    GetBucketMetricsConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketNotificationConfigurationOutput: {
      type: 'structure',
      members: {
        TopicConfigurations: { shape: 'TopicConfigurationList', locationName: 'TopicConfiguration' },
        QueueConfigurations: { shape: 'QueueConfigurationList', locationName: 'QueueConfiguration' },
        LambdaFunctionConfigurations: { shape: 'LambdaFunctionConfigurationList', locationName: 'CloudFunctionConfiguration' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketNotificationConfigurationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketPolicyOutput: {
      type: 'structure',
      payload: 'Policy',
      members: {
        Policy: { shape: 'String' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    GetBucketPolicyRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketProtectionConfigurationOutput: {
      type: 'structure',
      payload: 'ProtectionConfiguration',
      members: {
        ProtectionConfiguration: { shape: 'ProtectionConfiguration', locationName: 'ProtectionConfiguration' },
        IbmProtectionManagementState: { shape: 'String', location: 'header', locationName: 'x-ibm-protection-management-state' },
      },
    },
    GetBucketProtectionConfigurationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketReplicationOutput: {
      type: 'structure',
      payload: 'ReplicationConfiguration',
      members: {
        ReplicationConfiguration: { shape: 'ReplicationConfiguration', locationName: 'ReplicationConfiguration' },
      },
    },
    GetBucketReplicationRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketTaggingOutput: {
      type: 'structure',
      members: {
        TagSet: { shape: 'TagSet' },
      },
    },
    GetBucketTaggingRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
      },
    },
    GetBucketVersioningOutput: {
      type: 'structure',
      members: {
        Status: { shape: 'BucketVersioningStatus' },
        MFADelete: { shape: 'MFADeleteStatus', locationName: 'MfaDelete' },
      },
    },
    GetBucketVersioningRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetBucketWebsiteOutput: {
      type: 'structure',
      members: {
        RedirectAllRequestsTo: { shape: 'RedirectAllRequestsTo' },
        IndexDocument: { shape: 'IndexDocument' },
        ErrorDocument: { shape: 'ErrorDocument' },
        RoutingRules: { shape: 'RoutingRules' },
      },
    },
    GetBucketWebsiteRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    GetObjectAclOutput: {
      type: 'structure',
      members: {
        Owner: { shape: 'Owner' },
        Grants: { shape: 'Grants', locationName: 'AccessControlList' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    GetObjectAclRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
        VersionId: { shape: 'String', location: 'querystring', locationName: 'versionId' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    GetObjectOutput: {
      type: 'structure',
      payload: 'Body',
      members: {
        DeleteMarker: { shape: 'Boolean', location: 'header', locationName: 'x-amz-delete-marker' },
        AcceptRanges: { shape: 'String', location: 'header', locationName: 'accept-ranges' },
        Expiration: { shape: 'String', location: 'header', locationName: 'x-amz-expiration' },
        Restore: { shape: 'String', location: 'header', locationName: 'x-amz-restore' },
        LastModified: { shape: 'Timestamp', location: 'header', locationName: 'Last-Modified' },
        ContentLength: { shape: 'Long', location: 'header', locationName: 'Content-Length' },
        ETag: { shape: 'String', location: 'header', locationName: 'ETag' },
        MissingMeta: { shape: 'Integer', location: 'header', locationName: 'x-amz-missing-meta' },
        VersionId: { shape: 'String', location: 'header', locationName: 'x-amz-version-id' },
        CacheControl: { shape: 'String', location: 'header', locationName: 'Cache-Control' },
        ContentDisposition: { shape: 'String', location: 'header', locationName: 'Content-Disposition' },
        ContentEncoding: { shape: 'String', location: 'header', locationName: 'Content-Encoding' },
        ContentLanguage: { shape: 'String', location: 'header', locationName: 'Content-Language' },
        ContentRange: { shape: 'String', location: 'header', locationName: 'Content-Range' },
        ContentType: { shape: 'String', location: 'header', locationName: 'Content-Type' },
        Expires: { shape: 'Timestamp', location: 'header', locationName: 'Expires' },
        WebsiteRedirectLocation: { shape: 'String', location: 'header', locationName: 'x-amz-website-redirect-location' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        Metadata: { shape: 'Metadata', location: 'headers', locationName: 'x-amz-meta-' },
        RetentionExpirationDate: { shape: 'Timestamp', location: 'header', locationName: 'Retention-Expiration-Date', timestampFormat: 'iso8601' },
        RetentionLegalHoldCount: { shape: 'Integer', location: 'header', locationName: 'Retention-Legal-Hold-Count' },
        RetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'Retention-Period' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        StorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-amz-storage-class' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
        ReplicationStatus: { shape: 'ReplicationStatus', location: 'header', locationName: 'x-amz-replication-status' },
        PartsCount: { shape: 'Integer', location: 'header', locationName: 'x-amz-mp-parts-count' },
        IbmRestoredCopyStorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-ibm-restored-copy-storage-class' },
        IbmTransition: { shape: 'String', location: 'header', locationName: 'x-ibm-transition' },
        Body: { shape: 'StreamingBlob' },
      },
    },
    GetObjectRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        IfMatch: { shape: 'String', location: 'header', locationName: 'If-Match' },
        IfModifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'If-Modified-Since' },
        IfNoneMatch: { shape: 'String', location: 'header', locationName: 'If-None-Match' },
        IfUnmodifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'If-Unmodified-Since' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
        Range: { shape: 'String', location: 'header', locationName: 'Range' },
        ResponseCacheControl: { shape: 'String', location: 'querystring', locationName: 'response-cache-control' },
        ResponseContentDisposition: { shape: 'String', location: 'querystring', locationName: 'response-content-disposition' },
        ResponseContentEncoding: { shape: 'String', location: 'querystring', locationName: 'response-content-encoding' },
        ResponseContentLanguage: { shape: 'String', location: 'querystring', locationName: 'response-content-language' },
        ResponseContentType: { shape: 'String', location: 'querystring', locationName: 'response-content-type' },
        ResponseExpires: { shape: 'Timestamp', location: 'querystring', locationName: 'response-expires', timestampFormat: 'rfc822' },
        VersionId: { shape: 'String', location: 'querystring', locationName: 'versionId' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
        PartNumber: { shape: 'Integer', location: 'querystring', locationName: 'partNumber' },
      },
    },
    GetObjectTorrentOutput: {
      type: 'structure',
      payload: 'Body',
      members: {
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
        Body: { shape: 'StreamingBlob' },
      },
    },
    GetObjectTorrentRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    GlacierJobParameters: {
      type: 'structure',
      required: ['Tier'],
      members: {
        Tier: { shape: 'Tier' },
      },
    },
    Grant: {
      type: 'structure',
      members: {
        Grantee: { shape: 'Grantee' },
        Permission: { shape: 'Permission' },
      },
    },
    Grantee: {
      type: 'structure',
      required: ['Type'],
      members: {
        DisplayName: { shape: 'String' },
        EmailAddress: { shape: 'String' },
        ID: { shape: 'String' },
        Type: { shape: 'Type', locationName: 'xsi:type', xmlAttribute: true },
        URI: { shape: 'String' },
      },
      xmlNamespace: { prefix: 'xsi', uri: XSI_NS },
    },
    Grants: { type: 'list', member: { shape: 'Grant', locationName: 'Grant' } },
    HeadBucketOutput: {
      type: 'structure',
      members: {
        IBMSSEKPEnabled: { shape: 'Boolean', location: 'header', locationName: 'ibm-sse-kp-enabled' },
        IBMSSEKPCrkId: { shape: 'String', location: 'header', locationName: 'ibm-sse-kp-crk-id' },
      },
    },
    HeadBucketRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
      },
    },
    HeadObjectOutput: {
      type: 'structure',
      members: {
        DeleteMarker: { shape: 'Boolean', location: 'header', locationName: 'x-amz-delete-marker' },
        AcceptRanges: { shape: 'String', location: 'header', locationName: 'accept-ranges' },
        Expiration: { shape: 'String', location: 'header', locationName: 'x-amz-expiration' },
        Restore: { shape: 'String', location: 'header', locationName: 'x-amz-restore' },
        LastModified: { shape: 'Timestamp', location: 'header', locationName: 'Last-Modified' },
        ContentLength: { shape: 'Long', location: 'header', locationName: 'Content-Length' },
        ETag: { shape: 'String', location: 'header', locationName: 'ETag' },
        MissingMeta: { shape: 'Integer', location: 'header', locationName: 'x-amz-missing-meta' },
        VersionId: { shape: 'String', location: 'header', locationName: 'x-amz-version-id' },
        CacheControl: { shape: 'String', location: 'header', locationName: 'Cache-Control' },
        ContentDisposition: { shape: 'String', location: 'header', locationName: 'Content-Disposition' },
        ContentEncoding: { shape: 'String', location: 'header', locationName: 'Content-Encoding' },
        ContentLanguage: { shape: 'String', location: 'header', locationName: 'Content-Language' },
        ContentType: { shape: 'String', location: 'header', locationName: 'Content-Type' },
        Expires: { shape: 'Timestamp', location: 'header', locationName: 'Expires' },
        WebsiteRedirectLocation: { shape: 'String', location: 'header', locationName: 'x-amz-website-redirect-location' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        Metadata: { shape: 'Metadata', location: 'headers', locationName: 'x-amz-meta-' },
        RetentionExpirationDate: { shape: 'Timestamp', location: 'header', locationName: 'Retention-Expiration-Date', timestampFormat: 'iso8601' },
        RetentionLegalHoldCount: { shape: 'Integer', location: 'header', locationName: 'Retention-Legal-Hold-Count' },
        RetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'Retention-Period' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        StorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-amz-storage-class' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
        ReplicationStatus: { shape: 'ReplicationStatus', location: 'header', locationName: 'x-amz-replication-status' },
        PartsCount: { shape: 'Integer', location: 'header', locationName: 'x-amz-mp-parts-count' },
        IbmRestoredCopyStorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-ibm-restored-copy-storage-class' },
        IbmTransition: { shape: 'String', location: 'header', locationName: 'x-ibm-transition' },
      },
    },
    HeadObjectRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        IfMatch: { shape: 'String', location: 'header', locationName: 'If-Match' },
        IfModifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'If-Modified-Since' },
        IfNoneMatch: { shape: 'String', location: 'header', locationName: 'If-None-Match' },
        IfUnmodifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'If-Unmodified-Since' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
        Range: { shape: 'String', location: 'header', locationName: 'Range' },
        VersionId: { shape: 'String', location: 'querystring', locationName: 'versionId' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
        PartNumber: { shape: 'Integer', location: 'querystring', locationName: 'partNumber' },
      },
    },
    IBMSSEKPEncryptionAlgorithm: { type: 'string', enum: ['AES256'] },
    IndexDocument: {
      type: 'structure',
      required: ['Suffix'],
      members: {
        Suffix: { shape: 'String' },
      },
    },
    Initiator: {
      type: 'structure',
      members: {
        ID: { shape: 'String' },
        DisplayName: { shape: 'String' },
      },
    },
    InputSerialization: {
      type: 'structure',
      members: {
        CSV: { shape: 'CSVInput' },
        CompressionType: { shape: 'String' },
        JSON: { shape: 'JSONInput' },
        Parquet: { shape: 'ParquetInput' },
      },
    },
    Integer: { type: 'integer' },
    InvalidObjectState: { type: 'structure', members: {}, exception: true },
    InventoryConfiguration: {
      type: 'structure',
      required: ['Destination', 'IsEnabled', 'Id', 'Schedule'],
      members: {
        Destination: { shape: 'InventoryDestination' },
        IsEnabled: { shape: 'Boolean' },
        Filter: { shape: 'InventoryFilter' },
        Id: { shape: 'String' },
        IncludedObjectVersions: { shape: 'String' },
        OptionalFields: { shape: 'InventoryOptionalFields' },
        Schedule: { shape: 'InventorySchedule' },
      },
    },
    InventoryConfigurationList: { type: 'list', member: { shape: 'InventoryConfiguration' }, flattened: true },
    InventoryDestination: {
      type: 'structure',
      required: ['S3BucketDestination'],
      members: {
        S3BucketDestination: { shape: 'InventoryS3BucketDestination' },
      },
    },
    InventoryEncryption: {
      type: 'structure',
      members: {
        SSES3: { shape: 'SSES3', locationName: 'SSE-S3' },
        SSEKMS: { shape: 'SSEKMS', locationName: 'SSE-KMS' },
      },
    },
    InventoryFilter: {
      type: 'structure',
      required: ['Prefix'],
      members: {
        Prefix: { shape: 'String' },
      },
    },
    InventoryFormat: { type: 'string', enum: ['CSV'] },
    InventoryFrequency: { type: 'string', enum: ['Daily', 'Weekly'] },
    InventoryOptionalField: {
      type: 'string',
      enum: [
        'Size', 'LastModifiedDate', 'StorageClass', 'ETag', 'IsMultipartUploaded', 'ReplicationStatus',
      ],
    },
    InventoryOptionalFields: { type: 'list', member: { shape: 'InventoryOptionalField', locationName: 'Field' } },
    InventoryS3BucketDestination: {
      type: 'structure',
      required: ['Bucket', 'Format'],
      members: {
        AccountId: { shape: 'String' },
        Bucket: { shape: 'String' },
        Format: { shape: 'InventoryFormat' },
        Prefix: { shape: 'String' },
        Encryption: { shape: 'InventoryEncryption' },
      },
    },
    InventorySchedule: {
      type: 'structure',
      required: ['Frequency'],
      members: {
        Frequency: { shape: 'InventoryFrequency' },
      },
    },
    JSONInput: {
      type: 'structure',
      members: {
        Type: { shape: 'String' },
      },
    },
    JSONOutput: {
      type: 'structure',
      members: {
        RecordDelimiter: { shape: 'String' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    LambdaFunctionConfiguration: {
      type: 'structure',
      required: ['LambdaFunctionArn', 'Events'],
      members: {
        Id: { shape: 'String' },
        LambdaFunctionArn: { shape: 'String', locationName: 'CloudFunction' },
        Events: { shape: 'EventList', locationName: 'Event' },
        Filter: { shape: 'NotificationConfigurationFilter' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    LambdaFunctionConfigurationList: { type: 'list', member: { shape: 'LambdaFunctionConfiguration' }, flattened: true },
    LegalHold: {
      type: 'structure',
      members: {
        Date: { shape: 'Timestamp' },
        ID: { shape: 'String' },
      },
    },
    LegalHolds: { type: 'list', member: { shape: 'LegalHold' } },
    LifecycleExpiration: {
      type: 'structure',
      members: {
        Date: { shape: 'Timestamp' },
        Days: { shape: 'Integer' },
        ExpiredObjectDeleteMarker: { shape: 'Boolean' },
      },
    },
    LifecycleRule: {
      type: 'structure',
      required: ['Filter', 'Status'],
      members: {
        Expiration: { shape: 'LifecycleExpiration' },
        ID: { shape: 'String' },
        Prefix: { shape: 'String' },
        Filter: { shape: 'LifecycleRuleFilter' },
        Status: { shape: 'ExpirationStatus' },
        Transitions: { shape: 'TransitionList', locationName: 'Transition' },
        NoncurrentVersionTransitions: { shape: 'NoncurrentVersionTransitionList', locationName: 'NoncurrentVersionTransition' },
        NoncurrentVersionExpiration: { shape: 'NoncurrentVersionExpiration' },
        AbortIncompleteMultipartUpload: { shape: 'AbortIncompleteMultipartUpload' },
      },
    },
    LifecycleRuleAndOperator: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tags: { shape: 'TagList', locationName: 'Tag' },
        ObjectSizeGreaterThan: { shape: 'Long' },
        ObjectSizeLessThan: { shape: 'Long' },
      },
    },
    LifecycleRuleFilter: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tag: { shape: 'Tag' },
        ObjectSizeGreaterThan: { shape: 'Long' },
        ObjectSizeLessThan: { shape: 'Long' },
        And: { shape: 'LifecycleRuleAndOperator' },
      },
    },
    LifecycleRules: { type: 'list', member: { shape: 'LifecycleRule' }, flattened: true },
    ListBucketAnalyticsConfigurationsOutput: {
      type: 'structure',
      members: {
        IsTruncated: { shape: 'Boolean' },
        ContinuationToken: { shape: 'String' },
        NextContinuationToken: { shape: 'String' },
        AnalyticsConfigurationList: { shape: 'AnalyticsConfigurationList', locationName: 'AnalyticsConfiguration' },
      },
    },
    ListBucketAnalyticsConfigurationsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ContinuationToken: { shape: 'String', location: 'querystring', locationName: 'continuation-token' },
      },
    },
    ListBucketInventoryConfigurationsOutput: {
      type: 'structure',
      members: {
        ContinuationToken: { shape: 'String' },
        InventoryConfigurationList: { shape: 'InventoryConfigurationList', locationName: 'InventoryConfiguration' },
        IsTruncated: { shape: 'Boolean' },
        NextContinuationToken: { shape: 'String' },
      },
    },
    ListBucketInventoryConfigurationsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ContinuationToken: { shape: 'String', location: 'querystring', locationName: 'continuation-token' },
      },
    },
    ListBucketMetricsConfigurationsOutput: {
      type: 'structure',
      members: {
        IsTruncated: { shape: 'Boolean' },
        ContinuationToken: { shape: 'String' },
        NextContinuationToken: { shape: 'String' },
        MetricsConfigurationList: { shape: 'MetricsConfigurationList', locationName: 'MetricsConfiguration' },
      },
    },
    ListBucketMetricsConfigurationsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ContinuationToken: { shape: 'String', location: 'querystring', locationName: 'continuation-token' },
      },
    },
    ListBucketsExtendedOutput: {
      type: 'structure',
      members: {
        IsTruncated: { shape: 'Boolean' },
        NextMarker: { shape: 'String' },
        Buckets: { shape: 'Buckets' },
        Owner: { shape: 'Owner' },
      },
    },
    ListBucketsExtendedRequest: {
      type: 'structure',
      members: {
        IBMServiceInstanceId: { shape: 'String', location: 'header', locationName: 'ibm-service-instance-id' },
        Marker: { shape: 'String', location: 'querystring', locationName: 'marker' },
        MaxKeys: { shape: 'Integer', location: 'querystring', locationName: 'max-keys' },
        Prefix: { shape: 'String', location: 'querystring', locationName: 'prefix' },
      },
    },
    ListBucketsOutput: {
      type: 'structure',
      members: {
        Buckets: { shape: 'Buckets' },
        Owner: { shape: 'Owner' },
      },
    },
    ListBucketsRequest: {
      type: 'structure',
      members: {
        IBMServiceInstanceId: { shape: 'String', location: 'header', locationName: 'ibm-service-instance-id' },
      },
    },
    ListLegalHoldsOutput: {
      type: 'structure',
      members: {
        CreateTime: { shape: 'Timestamp' },
        LegalHolds: { shape: 'LegalHolds' },
        RetentionPeriod: { shape: 'Integer' },
        RetentionPeriodExpirationDate: { shape: 'Timestamp' },
      },
    },
    ListLegalHoldsRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
      },
    },
    ListMultipartUploadsOutput: {
      type: 'structure',
      members: {
        Bucket: { shape: 'String' },
        KeyMarker: { shape: 'String' },
        UploadIdMarker: { shape: 'String' },
        NextKeyMarker: { shape: 'String' },
        Prefix: { shape: 'String' },
        Delimiter: { shape: 'String' },
        NextUploadIdMarker: { shape: 'String' },
        MaxUploads: { shape: 'Integer' },
        IsTruncated: { shape: 'Boolean' },
        Uploads: { shape: 'MultipartUploadList', locationName: 'Upload' },
        CommonPrefixes: { shape: 'CommonPrefixList' },
        EncodingType: { shape: 'EncodingType' },
      },
    },
    ListMultipartUploadsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Delimiter: { shape: 'String', location: 'querystring', locationName: 'delimiter' },
        EncodingType: { shape: 'EncodingType', location: 'querystring', locationName: 'encoding-type' },
        KeyMarker: { shape: 'String', location: 'querystring', locationName: 'key-marker' },
        MaxUploads: { shape: 'Integer', location: 'querystring', locationName: 'max-uploads' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
        Prefix: { shape: 'String', location: 'querystring', locationName: 'prefix' },
        UploadIdMarker: { shape: 'String', location: 'querystring', locationName: 'upload-id-marker' },
      },
    },
    ListObjectVersionsOutput: {
      type: 'structure',
      members: {
        IsTruncated: { shape: 'Boolean' },
        KeyMarker: { shape: 'String' },
        VersionIdMarker: { shape: 'String' },
        NextKeyMarker: { shape: 'String' },
        NextVersionIdMarker: { shape: 'String' },
        Versions: { shape: 'ObjectVersionList', locationName: 'Version' },
        DeleteMarkers: { shape: 'DeleteMarkers', locationName: 'DeleteMarker' },
        Name: { shape: 'String' },
        Prefix: { shape: 'String' },
        Delimiter: { shape: 'String' },
        MaxKeys: { shape: 'Integer' },
        CommonPrefixes: { shape: 'CommonPrefixList' },
        EncodingType: { shape: 'EncodingType' },
      },
    },
    ListObjectVersionsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Delimiter: { shape: 'String', location: 'querystring', locationName: 'delimiter' },
        EncodingType: { shape: 'EncodingType', location: 'querystring', locationName: 'encoding-type' },
        KeyMarker: { shape: 'String', location: 'querystring', locationName: 'key-marker' },
        MaxKeys: { shape: 'Integer', location: 'querystring', locationName: 'max-keys' },
        Prefix: { shape: 'String', location: 'querystring', locationName: 'prefix' },
        VersionIdMarker: { shape: 'String', location: 'querystring', locationName: 'version-id-marker' },
      },
    },
    ListObjectsOutput: {
      type: 'structure',
      members: {
        IsTruncated: { shape: 'Boolean' },
        Marker: { shape: 'String' },
        NextMarker: { shape: 'String' },
        Contents: { shape: 'ObjectList' },
        Name: { shape: 'String' },
        IBMSSEKPEnabled: { shape: 'Boolean', location: 'header', locationName: 'ibm-sse-kp-enabled' },
        IBMSSEKPCrkId: { shape: 'String', location: 'header', locationName: 'ibm-sse-kp-crk-id' },
        Prefix: { shape: 'String' },
        Delimiter: { shape: 'String' },
        MaxKeys: { shape: 'Integer' },
        CommonPrefixes: { shape: 'CommonPrefixList' },
        EncodingType: { shape: 'EncodingType' },
      },
    },
    ListObjectsRequest: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Delimiter: { shape: 'String', location: 'querystring', locationName: 'delimiter' },
        EncodingType: { shape: 'EncodingType', location: 'querystring', locationName: 'encoding-type' },
        Marker: { shape: 'String', location: 'querystring', locationName: 'marker' },
        MaxKeys: { shape: 'Integer', location: 'querystring', locationName: 'max-keys' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
        Prefix: { shape: 'String', location: 'querystring', locationName: 'prefix' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    ListObjectsV2Output: {
      type: 'structure',
      members: {
        IsTruncated: { shape: 'Boolean' },
        Contents: { shape: 'ObjectList' },
        Name: { shape: 'String' },
        Prefix: { shape: 'String' },
        Delimiter: { shape: 'String' },
        MaxKeys: { shape: 'Integer' },
        CommonPrefixes: { shape: 'CommonPrefixList' },
        EncodingType: { shape: 'EncodingType' },
        KeyCount: { shape: 'Integer' },
        ContinuationToken: { shape: 'String' },
        NextContinuationToken: { shape: 'String' },
        StartAfter: { shape: 'String' },
      },
    },
    ListObjectsV2Request: {
      type: 'structure',
      required: ['Bucket'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Delimiter: { shape: 'String', location: 'querystring', locationName: 'delimiter' },
        EncodingType: { shape: 'EncodingType', location: 'querystring', locationName: 'encoding-type' },
        MaxKeys: { shape: 'Integer', location: 'querystring', locationName: 'max-keys' },
        Prefix: { shape: 'String', location: 'querystring', locationName: 'prefix' },
        ContinuationToken: { shape: 'String', location: 'querystring', locationName: 'continuation-token' },
        FetchOwner: { shape: 'Boolean', location: 'querystring', locationName: 'fetch-owner' },
        StartAfter: { shape: 'String', location: 'querystring', locationName: 'start-after' },
      },
    },
    ListPartsOutput: {
      type: 'structure',
      members: {
        AbortDate: { shape: 'Timestamp', location: 'header', locationName: 'x-amz-abort-date' },
        AbortRuleId: { shape: 'String', location: 'header', locationName: 'x-amz-abort-rule-id' },
        Bucket: { shape: 'String' },
        Key: { shape: 'String' },
        UploadId: { shape: 'String' },
        PartNumberMarker: { shape: 'Integer' },
        NextPartNumberMarker: { shape: 'Integer' },
        MaxParts: { shape: 'Integer' },
        IsTruncated: { shape: 'Boolean' },
        Parts: { shape: 'Parts', locationName: 'Part' },
        Initiator: { shape: 'Initiator' },
        Owner: { shape: 'Owner' },
        StorageClass: { shape: 'StorageClass' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    ListPartsRequest: {
      type: 'structure',
      required: ['Bucket', 'Key', 'UploadId'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        MaxParts: { shape: 'Integer', location: 'querystring', locationName: 'max-parts' },
        MirrorDestination: { shape: 'String', location: 'header', locationName: 'Mirror-Destination' },
        PartNumberMarker: { shape: 'Integer', location: 'querystring', locationName: 'part-number-marker' },
        UploadId: { shape: 'String', location: 'querystring', locationName: 'uploadId' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    LoggingEnabled: {
      type: 'structure',
      required: ['TargetBucket', 'TargetPrefix'],
      members: {
        TargetBucket: { shape: 'String' },
        TargetGrants: { shape: 'TargetGrants' },
        TargetPrefix: { shape: 'String' },
      },
    },
    Long: { type: 'long' },
    MFADelete: { type: 'string', enum: ['Enabled', 'Disabled'] },
    MFADeleteStatus: { type: 'string', enum: ['Enabled', 'Disabled'] },
    Metadata: { type: 'map', key: { shape: 'String' }, value: { shape: 'String' } },
    MetadataDirective: { type: 'string', enum: ['COPY', 'REPLACE'] },
    MetadataEntry: {
      type: 'structure',
      members: {
        Name: { shape: 'String' },
        Value: { shape: 'String' },
      },
    },
    Metrics: {
      type: 'structure',
      members: {
        Status: { shape: 'String' },
        EventThreshold: { shape: 'ReplicationTimeValue' },
      },
    },
    MetricsAndOperator: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tags: { shape: 'TagList', locationName: 'Tag' },
        AccessPointArn: { shape: 'String' },
      },
    },
    MetricsConfiguration: {
      type: 'structure',
      required: ['Id'],
      members: {
        Id: { shape: 'String' },
        Filter: { shape: 'MetricsFilter' },
      },
    },
    MetricsConfigurationList: { type: 'list', member: { shape: 'MetricsConfiguration' }, flattened: true },
    MetricsFilter: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tag: { shape: 'Tag' },
        AccessPointArn: { shape: 'String' },
        And: { shape: 'MetricsAndOperator' },
      },
    },
    MultipartUpload: {
      type: 'structure',
      members: {
        UploadId: { shape: 'String' },
        Key: { shape: 'String' },
        Initiated: { shape: 'Timestamp' },
        StorageClass: { shape: 'StorageClass' },
        Owner: { shape: 'Owner' },
        Initiator: { shape: 'Initiator' },
        ChecksumAlgorithm: { shape: 'String' },
      },
    },
    MultipartUploadList: { type: 'list', member: { shape: 'MultipartUpload' }, flattened: true },
    NoSuchBucket: { type: 'structure', members: {}, exception: true },
    NoSuchKey: { type: 'structure', members: {}, exception: true },
    NoSuchUpload: { type: 'structure', members: {}, exception: true },
    NoncurrentVersionExpiration: {
      type: 'structure',
      members: {
        NoncurrentDays: { shape: 'Integer' },
        NewerNoncurrentVersions: { shape: 'Integer' },
      },
    },
    NoncurrentVersionTransition: {
      type: 'structure',
      members: {
        NoncurrentDays: { shape: 'Integer' },
        StorageClass: { shape: 'TransitionStorageClass' },
        NewerNoncurrentVersions: { shape: 'Integer' },
      },
    },
    NoncurrentVersionTransitionList: { type: 'list', member: { shape: 'NoncurrentVersionTransition' }, flattened: true },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    NotificationConfiguration: {
      type: 'structure',
      members: {
        TopicConfigurations: { shape: 'TopicConfigurationList', locationName: 'TopicConfiguration' },
        QueueConfigurations: { shape: 'QueueConfigurationList', locationName: 'QueueConfiguration' },
        LambdaFunctionConfigurations: { shape: 'LambdaFunctionConfigurationList', locationName: 'CloudFunctionConfiguration' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    NotificationConfigurationFilter: {
      type: 'structure',
      members: {
        Key: { shape: 'S3KeyFilter', locationName: 'S3Key' },
      },
    },
    Object: {
      type: 'structure',
      members: {
        Key: { shape: 'String' },
        LastModified: { shape: 'Timestamp' },
        ETag: { shape: 'String' },
        ChecksumAlgorithm: { shape: 'ChecksumAlgorithmList' },
        Size: { shape: 'Long' },
        StorageClass: { shape: 'ObjectStorageClass' },
        Owner: { shape: 'Owner' },
      },
    },
    ObjectAlreadyInActiveTierError: { type: 'structure', members: {}, exception: true },
    ObjectCannedACL: {
      type: 'string',
      enum: [
        'private', 'public-read', 'public-read-write', 'authenticated-read', 'aws-exec-read', 'bucket-owner-read',
        'bucket-owner-full-control',
      ],
    },
    ObjectIdentifier: {
      type: 'structure',
      required: ['Key'],
      members: {
        Key: { shape: 'String' },
        VersionId: { shape: 'String' },
      },
    },
    ObjectIdentifierList: { type: 'list', member: { shape: 'ObjectIdentifier' }, flattened: true },
    ObjectList: { type: 'list', member: { shape: 'Object' }, flattened: true },
    ObjectNotInActiveTierError: { type: 'structure', members: {}, exception: true },
    ObjectStorageClass: {
      type: 'string',
      enum: [
        'ACCELERATED', 'STANDARD', 'REDUCED_REDUNDANCY', 'GLACIER', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING',
        'DEEP_ARCHIVE',
      ],
    },
    ObjectVersion: {
      type: 'structure',
      members: {
        ETag: { shape: 'String' },
        ChecksumAlgorithm: { shape: 'ChecksumAlgorithmList' },
        Size: { shape: 'Long' },
        StorageClass: { shape: 'ObjectVersionStorageClass' },
        Key: { shape: 'String' },
        VersionId: { shape: 'String' },
        IsLatest: { shape: 'Boolean' },
        LastModified: { shape: 'Timestamp' },
        Owner: { shape: 'Owner' },
      },
    },
    ObjectVersionList: { type: 'list', member: { shape: 'ObjectVersion' }, flattened: true },
    ObjectVersionStorageClass: { type: 'string', enum: ['STANDARD'] },
    OutputLocation: {
      type: 'structure',
      members: {
        S3: { shape: 'S3Location' },
      },
    },
    OutputSerialization: {
      type: 'structure',
      members: {
        CSV: { shape: 'CSVOutput' },
        JSON: { shape: 'JSONOutput' },
      },
    },
    Owner: {
      type: 'structure',
      members: {
        DisplayName: { shape: 'String' },
        ID: { shape: 'String' },
      },
    },
    ParquetInput: { type: 'structure', members: {} },
    Part: {
      type: 'structure',
      members: {
        PartNumber: { shape: 'Integer' },
        LastModified: { shape: 'Timestamp' },
        ETag: { shape: 'String' },
        Size: { shape: 'Long' },
        ChecksumCRC32: { shape: 'String' },
        ChecksumCRC32C: { shape: 'String' },
        ChecksumSHA1: { shape: 'String' },
        ChecksumSHA256: { shape: 'String' },
      },
    },
    Parts: { type: 'list', member: { shape: 'Part' }, flattened: true },
    Permission: { type: 'string', enum: ['FULL_CONTROL', 'WRITE', 'WRITE_ACP', 'READ', 'READ_ACP'] },
    ProtectionConfiguration: {
      type: 'structure',
      members: {
        Status: { shape: 'BucketProtectionStatus' },
        MinimumRetention: { shape: 'BucketProtectionMinimumRetention' },
        DefaultRetention: { shape: 'BucketProtectionDefaultRetention' },
        MaximumRetention: { shape: 'BucketProtectionMaximumRetention' },
        EnablePermanentRetention: { shape: 'Boolean' },
      },
    },
    Protocol: { type: 'string', enum: ['http', 'https'] },
    PutBucketAccelerateConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'AccelerateConfiguration'],
      payload: 'AccelerateConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        AccelerateConfiguration: { shape: 'AccelerateConfiguration', locationName: 'AccelerateConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketAclRequest: {
      type: 'structure',
      required: ['Bucket'],
      payload: 'AccessControlPolicy',
      members: {
        ACL: { shape: 'BucketCannedACL', location: 'header', locationName: 'x-amz-acl' },
        AccessControlPolicy: { shape: 'AccessControlPolicy', locationName: 'AccessControlPolicy', xmlNamespace: { uri: S3_NS } },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        GrantFullControl: { shape: 'String', location: 'header', locationName: 'x-amz-grant-full-control' },
        GrantRead: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read' },
        GrantReadACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read-acp' },
        GrantWrite: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write' },
        GrantWriteACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write-acp' },
      },
    },
    PutBucketAnalyticsConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id', 'AnalyticsConfiguration'],
      payload: 'AnalyticsConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
        AnalyticsConfiguration: { shape: 'AnalyticsConfiguration', locationName: 'AnalyticsConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketCorsRequest: {
      type: 'structure',
      required: ['Bucket', 'CORSConfiguration'],
      payload: 'CORSConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        CORSConfiguration: { shape: 'CORSConfiguration', locationName: 'CORSConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketInventoryConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id', 'InventoryConfiguration'],
      payload: 'InventoryConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
        InventoryConfiguration: { shape: 'InventoryConfiguration', locationName: 'InventoryConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketLifecycleConfigurationRequest: {
      type: 'structure',
      required: ['Bucket'],
      payload: 'LifecycleConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        LifecycleConfiguration: { shape: 'BucketLifecycleConfiguration', locationName: 'LifecycleConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    PutBucketLoggingRequest: {
      type: 'structure',
      required: ['Bucket', 'BucketLoggingStatus'],
      payload: 'BucketLoggingStatus',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        BucketLoggingStatus: { shape: 'BucketLoggingStatus', locationName: 'BucketLoggingStatus', xmlNamespace: { uri: S3_NS } },
        ContentMD5: { shape: 'String', location: 'header', locationName: 'Content-MD5' },
      },
    },
    PutBucketMetricsConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'Id', 'MetricsConfiguration'],
      payload: 'MetricsConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Id: { shape: 'String', location: 'querystring', locationName: 'id' },
        MetricsConfiguration: { shape: 'MetricsConfiguration', locationName: 'MetricsConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    PutBucketNotificationConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'NotificationConfiguration'],
      payload: 'NotificationConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        NotificationConfiguration: { shape: 'NotificationConfiguration', locationName: 'NotificationConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    PutBucketPolicyRequest: {
      type: 'structure',
      required: ['Bucket', 'Policy'],
      payload: 'Policy',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ContentMD5: { shape: 'String', location: 'header', locationName: 'Content-MD5' },
        ConfirmRemoveSelfBucketAccess: { shape: 'Boolean', location: 'header', locationName: 'x-amz-confirm-remove-self-bucket-access' },
        Policy: { shape: 'String' },
      },
    },
    PutBucketProtectionConfigurationRequest: {
      type: 'structure',
      required: ['Bucket', 'ProtectionConfiguration'],
      payload: 'ProtectionConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ProtectionConfiguration: { shape: 'ProtectionConfiguration', locationName: 'ProtectionConfiguration' },
      },
    },
    PutBucketReplicationRequest: {
      type: 'structure',
      required: ['Bucket', 'ReplicationConfiguration'],
      payload: 'ReplicationConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ReplicationConfiguration: { shape: 'ReplicationConfiguration', locationName: 'ReplicationConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketTaggingRequest: {
      type: 'structure',
      required: ['Bucket', 'Tagging'],
      payload: 'Tagging',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Tagging: { shape: 'Tagging', locationName: 'Tagging', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketVersioningRequest: {
      type: 'structure',
      required: ['Bucket', 'VersioningConfiguration'],
      payload: 'VersioningConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        MFA: { shape: 'String', location: 'header', locationName: 'x-amz-mfa' },
        VersioningConfiguration: { shape: 'VersioningConfiguration', locationName: 'VersioningConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutBucketWebsiteRequest: {
      type: 'structure',
      required: ['Bucket', 'WebsiteConfiguration'],
      payload: 'WebsiteConfiguration',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        WebsiteConfiguration: { shape: 'WebsiteConfiguration', locationName: 'WebsiteConfiguration', xmlNamespace: { uri: S3_NS } },
      },
    },
    PutObjectAclOutput: {
      type: 'structure',
      members: {
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    PutObjectAclRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      payload: 'AccessControlPolicy',
      members: {
        ACL: { shape: 'ObjectCannedACL', location: 'header', locationName: 'x-amz-acl' },
        AccessControlPolicy: { shape: 'AccessControlPolicy', locationName: 'AccessControlPolicy', xmlNamespace: { uri: S3_NS } },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        GrantFullControl: { shape: 'String', location: 'header', locationName: 'x-amz-grant-full-control' },
        GrantRead: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read' },
        GrantReadACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read-acp' },
        GrantWrite: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write' },
        GrantWriteACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write-acp' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
        VersionId: { shape: 'String', location: 'querystring', locationName: 'versionId' },
      },
    },
    PutObjectOutput: {
      type: 'structure',
      members: {
        Expiration: { shape: 'String', location: 'header', locationName: 'x-amz-expiration' },
        ETag: { shape: 'String', location: 'header', locationName: 'ETag' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        VersionId: { shape: 'String', location: 'header', locationName: 'x-amz-version-id' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    PutObjectRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      payload: 'Body',
      members: {
        ACL: { shape: 'ObjectCannedACL', location: 'header', locationName: 'x-amz-acl' },
        Body: { shape: 'StreamingBlob' },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        CacheControl: { shape: 'String', location: 'header', locationName: 'Cache-Control' },
        ContentDisposition: { shape: 'String', location: 'header', locationName: 'Content-Disposition' },
        ContentEncoding: { shape: 'String', location: 'header', locationName: 'Content-Encoding' },
        ContentLanguage: { shape: 'String', location: 'header', locationName: 'Content-Language' },
        ContentLength: { shape: 'Long', location: 'header', locationName: 'Content-Length' },
        ContentMD5: { shape: 'String', location: 'header', locationName: 'Content-MD5' },
        ContentType: { shape: 'String', location: 'header', locationName: 'Content-Type' },
        Expires: { shape: 'Timestamp', location: 'header', locationName: 'Expires' },
        GrantFullControl: { shape: 'String', location: 'header', locationName: 'x-amz-grant-full-control' },
        GrantRead: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read' },
        GrantReadACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-read-acp' },
        GrantWriteACP: { shape: 'String', location: 'header', locationName: 'x-amz-grant-write-acp' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        Metadata: { shape: 'Metadata', location: 'headers', locationName: 'x-amz-meta-' },
        RetentionExpirationDate: { shape: 'Timestamp', location: 'header', locationName: 'Retention-Expiration-Date', timestampFormat: 'iso8601' },
        RetentionLegalHoldId: { shape: 'String', location: 'header', locationName: 'Retention-Legal-Hold-ID' },
        RetentionPeriod: { shape: 'Integer', location: 'header', locationName: 'Retention-Period' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        StorageClass: { shape: 'StorageClass', location: 'header', locationName: 'x-amz-storage-class' },
        WebsiteRedirectLocation: { shape: 'String', location: 'header', locationName: 'x-amz-website-redirect-location' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    QueueConfiguration: {
      type: 'structure',
      required: ['QueueArn', 'Events'],
      members: {
        Id: { shape: 'String' },
        QueueArn: { shape: 'String', locationName: 'Queue' },
        Events: { shape: 'EventList', locationName: 'Event' },
        Filter: { shape: 'NotificationConfigurationFilter' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    QueueConfigurationList: { type: 'list', member: { shape: 'QueueConfiguration' }, flattened: true },
    Redirect: {
      type: 'structure',
      members: {
        HostName: { shape: 'String' },
        HttpRedirectCode: { shape: 'String' },
        Protocol: { shape: 'Protocol' },
        ReplaceKeyPrefixWith: { shape: 'String' },
        ReplaceKeyWith: { shape: 'String' },
      },
    },
    RedirectAllRequestsTo: {
      type: 'structure',
      required: ['HostName'],
      members: {
        HostName: { shape: 'String' },
        Protocol: { shape: 'Protocol' },
      },
    },
    ReplicaModifications: {
      type: 'structure',
      members: {
        Status: { shape: 'String' },
      },
    },
    ReplicationConfiguration: {
      type: 'structure',
      required: ['Role', 'Rules'],
      members: {
        Role: { shape: 'String' },
        Rules: { shape: 'ReplicationRules', locationName: 'Rule' },
      },
    },
    ReplicationRule: {
      type: 'structure',
      required: ['Prefix', 'Status', 'Destination'],
      members: {
        ID: { shape: 'String' },
        Priority: { shape: 'Integer' },
        Prefix: { shape: 'String' },
        Filter: { shape: 'ReplicationRuleFilter' },
        Status: { shape: 'ReplicationRuleStatus' },
        SourceSelectionCriteria: { shape: 'SourceSelectionCriteria' },
        ExistingObjectReplication: { shape: 'ExistingObjectReplication' },
        Destination: { shape: 'Destination' },
        DeleteMarkerReplication: { shape: 'DeleteMarkerReplication' },
      },
    },
    ReplicationRuleAndOperator: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tags: { shape: 'TagList', locationName: 'Tag' },
      },
    },
    ReplicationRuleFilter: {
      type: 'structure',
      members: {
        Prefix: { shape: 'String' },
        Tag: { shape: 'Tag' },
        And: { shape: 'ReplicationRuleAndOperator' },
      },
    },
    ReplicationRuleStatus: { type: 'string', enum: ['Enabled', 'Disabled'] },
    ReplicationRules: { type: 'list', member: { shape: 'ReplicationRule' }, flattened: true },
    ReplicationStatus: { type: 'string', enum: ['COMPLETE', 'PENDING', 'FAILED', 'REPLICA'] },
    ReplicationTime: {
      type: 'structure',
      members: {
        Status: { shape: 'String' },
        Time: { shape: 'ReplicationTimeValue' },
      },
    },
    ReplicationTimeValue: {
      type: 'structure',
      members: {
        Minutes: { shape: 'Integer' },
      },
    },
    RequestCharged: { type: 'string', enum: ['requester'] },
    RequestPayer: { type: 'string', enum: ['requester'] },
    RestoreObjectOutput: {
      type: 'structure',
      members: {
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
        RestoreOutputPath: { shape: 'String', location: 'header', locationName: 'x-amz-restore-output-path' },
      },
    },
    RestoreObjectRequest: {
      type: 'structure',
      required: ['Bucket', 'Key'],
      payload: 'RestoreRequest',
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        VersionId: { shape: 'String', location: 'querystring', locationName: 'versionId' },
        RestoreRequest: { shape: 'RestoreRequest', locationName: 'RestoreRequest', xmlNamespace: { uri: S3_NS } },
      },
    },
    RestoreRequest: {
      type: 'structure',
      required: ['Days'],
      members: {
        Days: { shape: 'Integer' },
        GlacierJobParameters: { shape: 'GlacierJobParameters' },
        Type: { shape: 'String' },
        Tier: { shape: 'Tier' },
        Description: { shape: 'String' },
        SelectParameters: { shape: 'SelectParameters' },
        OutputLocation: { shape: 'OutputLocation' },
      },
    },
    RetentionDirective: { type: 'string', enum: ['COPY', 'REPLACE'] },
    RoutingRule: {
      type: 'structure',
      required: ['Redirect'],
      members: {
        Condition: { shape: 'Condition' },
        Redirect: { shape: 'Redirect' },
      },
    },
    RoutingRules: { type: 'list', member: { shape: 'RoutingRule', locationName: 'RoutingRule' } },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    S3KeyFilter: {
      type: 'structure',
      members: {
        FilterRules: { shape: 'FilterRuleList', locationName: 'FilterRule' },
      },
    },
    S3Location: {
      type: 'structure',
      members: {
        BucketName: { shape: 'String' },
        Prefix: { shape: 'String' },
        Encryption: { shape: 'Encryption' },
        CannedACL: { shape: 'ObjectCannedACL' },
        AccessControlList: { shape: 'Grants' },
        Tagging: { shape: 'Tagging' },
        UserMetadata: { shape: 'UserMetadata' },
        StorageClass: { shape: 'StorageClass' },
      },
    },
    SSEKMS: {
      type: 'structure',
      members: {
        KeyId: { shape: 'String' },
      },
    },
    SSES3: { type: 'structure', members: {} },
    SelectParameters: {
      type: 'structure',
      members: {
        InputSerialization: { shape: 'InputSerialization' },
        ExpressionType: { shape: 'String' },
        Expression: { shape: 'String' },
        OutputSerialization: { shape: 'OutputSerialization' },
      },
    },
    SensitiveString: { type: 'string', sensitive: true },
    ServerSideEncryption: { type: 'string', enum: ['AES256'] },
    SourceSelectionCriteria: {
      type: 'structure',
      members: {
        SseKmsEncryptedObjects: { shape: 'SseKmsEncryptedObjects' },
        ReplicaModifications: { shape: 'ReplicaModifications' },
      },
    },
    SseKmsEncryptedObjects: {
      type: 'structure',
      members: {
        Status: { shape: 'String' },
      },
    },
    StorageClass: {
      type: 'string',
      enum: [
        'ACCELERATED', 'STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER',
        'DEEP_ARCHIVE',
      ],
    },
    StorageClassAnalysis: {
      type: 'structure',
      members: {
        DataExport: { shape: 'StorageClassAnalysisDataExport' },
      },
    },
    StorageClassAnalysisDataExport: {
      type: 'structure',
      required: ['OutputSchemaVersion', 'Destination'],
      members: {
        OutputSchemaVersion: { shape: 'StorageClassAnalysisSchemaVersion' },
        Destination: { shape: 'AnalyticsExportDestination' },
      },
    },
    StorageClassAnalysisSchemaVersion: { type: 'string', enum: ['V_1'] },
    StreamingBlob: { type: 'blob', streaming: true },
    String: { type: 'string' },
    Tag: {
      type: 'structure',
      required: ['Key', 'Value'],
      members: {
        Key: { shape: 'String' },
        Value: { shape: 'String' },
      },
    },
    TagList: { type: 'list', member: { shape: 'Tag' }, flattened: true },
    TagSet: { type: 'list', member: { shape: 'Tag', locationName: 'Tag' } },
    Tagging: {
      type: 'structure',
      required: ['TagSet'],
      members: {
        TagSet: { shape: 'TagSet' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    TargetGrant: {
      type: 'structure',
      members: {
        Grantee: { shape: 'Grantee' },
        Permission: { shape: 'BucketLogsPermission' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    TargetGrants: { type: 'list', member: { shape: 'TargetGrant', locationName: 'Grant' } },
    Tier: { type: 'string', enum: ['Accelerated', 'Standard', 'Bulk', 'Expedited'] },
    Timestamp: { type: 'timestamp' },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    TopicConfiguration: {
      type: 'structure',
      required: ['TopicArn', 'Events'],
      members: {
        Id: { shape: 'String' },
        TopicArn: { shape: 'String', locationName: 'Topic' },
        Events: { shape: 'EventList', locationName: 'Event' },
        Filter: { shape: 'NotificationConfigurationFilter' },
      },
    },
    // beyond the reference: used by Bucket.Policy/Logging/Notification
    TopicConfigurationList: { type: 'list', member: { shape: 'TopicConfiguration' }, flattened: true },
    Transition: {
      type: 'structure',
      members: {
        Date: { shape: 'Timestamp' },
        Days: { shape: 'Integer' },
        StorageClass: { shape: 'TransitionStorageClass' },
      },
    },
    TransitionList: { type: 'list', member: { shape: 'Transition' }, flattened: true },
    TransitionStorageClass: {
      type: 'string',
      enum: [
        'ACCELERATED', 'GLACIER', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'DEEP_ARCHIVE',
      ],
    },
    Type: { type: 'string', enum: ['CanonicalUser', 'AmazonCustomerByEmail', 'Group'] },
    UploadPartCopyOutput: {
      type: 'structure',
      payload: 'CopyPartResult',
      members: {
        CopySourceVersionId: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-version-id' },
        CopyPartResult: { shape: 'CopyPartResult', locationName: 'CopyPartResult' },
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    UploadPartCopyRequest: {
      type: 'structure',
      required: ['Bucket', 'CopySource', 'Key', 'PartNumber', 'UploadId'],
      members: {
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        CopySource: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source' },
        CopySourceIfMatch: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-if-match' },
        CopySourceIfModifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'x-amz-copy-source-if-modified-since' },
        CopySourceIfNoneMatch: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-if-none-match' },
        CopySourceIfUnmodifiedSince: { shape: 'Timestamp', location: 'header', locationName: 'x-amz-copy-source-if-unmodified-since' },
        CopySourceRange: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-range' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        PartNumber: { shape: 'Integer', location: 'querystring', locationName: 'partNumber' },
        UploadId: { shape: 'String', location: 'querystring', locationName: 'uploadId' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        CopySourceSSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-server-side-encryption-customer-algorithm' },
        CopySourceSSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-copy-source-server-side-encryption-customer-key' },
        CopySourceSSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-copy-source-server-side-encryption-customer-key-MD5' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    UploadPartOutput: {
      type: 'structure',
      members: {
        ServerSideEncryption: { shape: 'ServerSideEncryption', location: 'header', locationName: 'x-amz-server-side-encryption' },
        ETag: { shape: 'String', location: 'header', locationName: 'ETag' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        SSEKMSKeyId: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-aws-kms-key-id' },
        RequestCharged: { shape: 'RequestCharged', location: 'header', locationName: 'x-amz-request-charged' },
      },
    },
    UploadPartRequest: {
      type: 'structure',
      required: ['Bucket', 'Key', 'PartNumber', 'UploadId'],
      payload: 'Body',
      members: {
        Body: { shape: 'StreamingBlob' },
        Bucket: { shape: 'String', location: 'uri', locationName: 'Bucket' },
        ContentLength: { shape: 'Long', location: 'header', locationName: 'Content-Length' },
        ContentMD5: { shape: 'String', location: 'header', locationName: 'Content-MD5' },
        Key: { shape: 'String', location: 'uri', locationName: 'Key' },
        PartNumber: { shape: 'Integer', location: 'querystring', locationName: 'partNumber' },
        UploadId: { shape: 'String', location: 'querystring', locationName: 'uploadId' },
        SSECustomerAlgorithm: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-algorithm' },
        SSECustomerKey: { shape: 'SensitiveString', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key' },
        SSECustomerKeyMD5: { shape: 'String', location: 'header', locationName: 'x-amz-server-side-encryption-customer-key-MD5' },
        RequestPayer: { shape: 'RequestPayer', location: 'header', locationName: 'x-amz-request-payer' },
      },
    },
    UserMetadata: { type: 'list', member: { shape: 'MetadataEntry', locationName: 'MetadataEntry' } },
    VersioningConfiguration: {
      type: 'structure',
      members: {
        MFADelete: { shape: 'MFADelete', locationName: 'MfaDelete' },
        Status: { shape: 'BucketVersioningStatus' },
      },
    },
    WebsiteConfiguration: {
      type: 'structure',
      members: {
        ErrorDocument: { shape: 'ErrorDocument' },
        IndexDocument: { shape: 'IndexDocument' },
        RedirectAllRequestsTo: { shape: 'RedirectAllRequestsTo' },
        RoutingRules: { shape: 'RoutingRules' },
      },
    },
  },
} satisfies ServiceModel;
