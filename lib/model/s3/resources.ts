// The S3 resource model as data: the service resource and its resource classes, written from the
// ibm_boto3 reference (classes, identifiers, actions, sub-resources, collections, waiters and the
// operation behind each). lib/resources turns it into classes; lib/s3/inject.ts adds what boto3
// injects (Bucket.load, ObjectSummary.load, upload_file & co.). BucketLogging, BucketNotification
// and BucketPolicy are named by the reference without a class: defined here over the S3 operations.
import type { ResourceAction, ResourceDefinition, ResourceModel, ResourceParam } from '../types.js';

/** A request member filled from an identifier of the resource. */
const id = (target: string, name: string): ResourceParam => ({ target, source: 'identifier', name });
const input = (target: string): ResourceParam => ({ target, source: 'input' });
const fromParams = (target: string, path: string): ResourceParam => ({ target, source: 'requestParameter', path });
const fromResponse = (target: string, path: string): ResourceParam => ({ target, source: 'response', path });

const BUCKET = id('Bucket', 'BucketName');
/** Bucket + Key of an object resource whose key identifier is `ObjectKey`. */
const OBJECT_KEY = [BUCKET, id('Key', 'ObjectKey')];
/** Bucket + Key of Object / ObjectSummary (identifiers BucketName, Key). */
const OBJECT = [BUCKET, id('Key', 'Key')];

const call = (operation: string, params: ResourceParam[]): ResourceAction => ({ request: { operation, params } });

/** The `Bucket()` sub-resource of the bucket configuration resources. */
const hasBucket = { Bucket: { resource: { type: 'Bucket', identifiers: [id('Name', 'BucketName')] } } };

/** A bucket configuration resource: loaded by one Get operation, changed by Put (and Delete). */
function bucketConfig(shape: string, get: string, put: string, del?: string, path = '@'): ResourceDefinition {
  return {
    identifiers: [{ name: 'BucketName' }],
    shape,
    load: { request: { operation: get, params: [BUCKET] }, path },
    actions: { ...(del ? { Delete: call(del, [BUCKET]) } : {}), Put: call(put, [BUCKET]) },
    has: hasBucket,
  };
}

/** The actions Object and ObjectSummary share (both identify an object by BucketName + Key). */
const objectActions: Record<string, ResourceAction> = {
  CopyFrom: call('CopyObject', OBJECT),
  Delete: call('DeleteObject', OBJECT),
  Get: call('GetObject', OBJECT),
  InitiateMultipartUpload: {
    request: { operation: 'CreateMultipartUpload', params: OBJECT },
    resource: {
      type: 'MultipartUpload',
      identifiers: [id('BucketName', 'BucketName'), id('ObjectKey', 'Key'), fromResponse('Id', 'UploadId')],
    },
  },
  Put: call('PutObject', OBJECT),
  RestoreObject: call('RestoreObject', OBJECT),
};

const objectBatchDelete = { Delete: call('DeleteObjects', [BUCKET, id('Delete.Objects[].Key', 'Key')]) };
const objectWaiters = {
  Exists: { waiterName: 'ObjectExists', params: OBJECT },
  NotExists: { waiterName: 'ObjectNotExists', params: OBJECT },
};
const objectHas = {
  Acl: { resource: { type: 'ObjectAcl', identifiers: [id('BucketName', 'BucketName'), id('ObjectKey', 'Key')] } },
  Bucket: { resource: { type: 'Bucket', identifiers: [id('Name', 'BucketName')] } },
  MultipartUpload: {
    resource: { type: 'MultipartUpload', identifiers: [id('BucketName', 'BucketName'), id('ObjectKey', 'Key'), input('Id')] },
  },
  Version: {
    resource: { type: 'ObjectVersion', identifiers: [id('BucketName', 'BucketName'), id('ObjectKey', 'Key'), input('Id')] },
  },
};

export const s3Resources: ResourceModel = {
  service: {
    actions: {
      CreateBucket: {
        request: { operation: 'CreateBucket' },
        resource: { type: 'Bucket', identifiers: [fromParams('Name', 'Bucket')] },
      },
    },
    hasMany: {
      // ListBuckets does not paginate: one call, `limit` applied to its items
      Buckets: {
        request: { operation: 'ListBuckets' },
        resource: { type: 'Bucket', identifiers: [fromResponse('Name', 'Buckets[].Name')], path: 'Buckets[]' },
      },
    },
  },
  resources: {
    Bucket: {
      identifiers: [{ name: 'Name' }],
      shape: 'Bucket',
      // no load here: ListBuckets + a scan for the name, injected by lib/s3/inject.ts
      actions: {
        Create: call('CreateBucket', [id('Bucket', 'Name')]),
        Delete: call('DeleteBucket', [id('Bucket', 'Name')]),
        DeleteObjects: call('DeleteObjects', [id('Bucket', 'Name')]),
        PutObject: {
          request: { operation: 'PutObject', params: [id('Bucket', 'Name')] },
          resource: { type: 'Object', identifiers: [id('BucketName', 'Name'), fromParams('Key', 'Key')] },
        },
      },
      waiters: {
        Exists: { waiterName: 'BucketExists', params: [id('Bucket', 'Name')] },
        NotExists: { waiterName: 'BucketNotExists', params: [id('Bucket', 'Name')] },
      },
      has: {
        Acl: { resource: { type: 'BucketAcl', identifiers: [id('BucketName', 'Name')] } },
        Cors: { resource: { type: 'BucketCors', identifiers: [id('BucketName', 'Name')] } },
        LifecycleConfiguration: { resource: { type: 'BucketLifecycleConfiguration', identifiers: [id('BucketName', 'Name')] } },
        Logging: { resource: { type: 'BucketLogging', identifiers: [id('BucketName', 'Name')] } },
        Notification: { resource: { type: 'BucketNotification', identifiers: [id('BucketName', 'Name')] } },
        Object: { resource: { type: 'Object', identifiers: [id('BucketName', 'Name'), input('Key')] } },
        Policy: { resource: { type: 'BucketPolicy', identifiers: [id('BucketName', 'Name')] } },
        Protection: { resource: { type: 'BucketProtection', identifiers: [id('BucketName', 'Name')] } },
        Tagging: { resource: { type: 'BucketTagging', identifiers: [id('BucketName', 'Name')] } },
        Versioning: { resource: { type: 'BucketVersioning', identifiers: [id('BucketName', 'Name')] } },
        Website: { resource: { type: 'BucketWebsite', identifiers: [id('BucketName', 'Name')] } },
      },
      hasMany: {
        MultipartUploads: {
          request: { operation: 'ListMultipartUploads', params: [id('Bucket', 'Name')] },
          resource: {
            type: 'MultipartUpload',
            identifiers: [fromParams('BucketName', 'Bucket'), fromResponse('ObjectKey', 'Uploads[].Key'), fromResponse('Id', 'Uploads[].UploadId')],
            path: 'Uploads[]',
          },
        },
        // versions and delete markers alike, in one list
        ObjectVersions: {
          request: { operation: 'ListObjectVersions', params: [id('Bucket', 'Name')] },
          resource: {
            type: 'ObjectVersion',
            identifiers: [
              fromParams('BucketName', 'Bucket'),
              fromResponse('ObjectKey', '[Versions,DeleteMarkers]|[].Key'),
              fromResponse('Id', '[Versions,DeleteMarkers]|[].VersionId'),
            ],
            path: '[Versions,DeleteMarkers]|[]',
          },
        },
        Objects: {
          request: { operation: 'ListObjects', params: [id('Bucket', 'Name')] },
          resource: { type: 'ObjectSummary', identifiers: [fromParams('BucketName', 'Bucket'), fromResponse('Key', 'Contents[].Key')], path: 'Contents[]' },
        },
      },
    },
    BucketAcl: {
      identifiers: [{ name: 'BucketName' }],
      shape: 'GetBucketAclOutput',
      load: { request: { operation: 'GetBucketAcl', params: [BUCKET] }, path: '@' },
      actions: { Put: call('PutBucketAcl', [BUCKET]) },
      has: hasBucket,
    },
    BucketCors: bucketConfig('GetBucketCorsOutput', 'GetBucketCors', 'PutBucketCors', 'DeleteBucketCors'),
    BucketLifecycleConfiguration: bucketConfig(
      'GetBucketLifecycleConfigurationOutput', 'GetBucketLifecycleConfiguration', 'PutBucketLifecycleConfiguration', 'DeleteBucketLifecycle',
    ),
    BucketLogging: bucketConfig('GetBucketLoggingOutput', 'GetBucketLogging', 'PutBucketLogging'),
    BucketNotification: bucketConfig(
      'GetBucketNotificationConfigurationOutput', 'GetBucketNotificationConfiguration', 'PutBucketNotificationConfiguration',
    ),
    BucketPolicy: bucketConfig('GetBucketPolicyOutput', 'GetBucketPolicy', 'PutBucketPolicy', 'DeleteBucketPolicy'),
    // IBM: the action is a lowercase `put`, and there is no Bucket() sub-resource
    BucketProtection: {
      identifiers: [{ name: 'BucketName' }],
      shape: 'ProtectionConfiguration',
      load: { request: { operation: 'GetBucketProtectionConfiguration', params: [BUCKET] }, path: 'ProtectionConfiguration' },
      actions: { put: call('PutBucketProtectionConfiguration', [BUCKET]) },
    },
    BucketTagging: bucketConfig('GetBucketTaggingOutput', 'GetBucketTagging', 'PutBucketTagging', 'DeleteBucketTagging'),
    BucketVersioning: {
      identifiers: [{ name: 'BucketName' }],
      shape: 'GetBucketVersioningOutput',
      load: { request: { operation: 'GetBucketVersioning', params: [BUCKET] }, path: '@' },
      actions: {
        Enable: call('PutBucketVersioning', [BUCKET, { target: 'VersioningConfiguration.Status', source: 'string', value: 'Enabled' }]),
        Put: call('PutBucketVersioning', [BUCKET]),
        Suspend: call('PutBucketVersioning', [BUCKET, { target: 'VersioningConfiguration.Status', source: 'string', value: 'Suspended' }]),
      },
      has: hasBucket,
    },
    BucketWebsite: bucketConfig('GetBucketWebsiteOutput', 'GetBucketWebsite', 'PutBucketWebsite', 'DeleteBucketWebsite'),
    MultipartUpload: {
      identifiers: [{ name: 'BucketName' }, { name: 'ObjectKey' }, { name: 'Id' }],
      shape: 'MultipartUpload',
      actions: {
        Abort: call('AbortMultipartUpload', [...OBJECT_KEY, id('UploadId', 'Id')]),
        Complete: {
          request: { operation: 'CompleteMultipartUpload', params: [...OBJECT_KEY, id('UploadId', 'Id')] },
          resource: { type: 'Object', identifiers: [id('BucketName', 'BucketName'), id('Key', 'ObjectKey')] },
        },
      },
      has: {
        Object: { resource: { type: 'Object', identifiers: [id('BucketName', 'BucketName'), id('Key', 'ObjectKey')] } },
        Part: {
          resource: {
            type: 'MultipartUploadPart',
            identifiers: [id('BucketName', 'BucketName'), id('ObjectKey', 'ObjectKey'), id('MultipartUploadId', 'Id'), input('PartNumber')],
          },
        },
      },
      hasMany: {
        Parts: {
          request: { operation: 'ListParts', params: [...OBJECT_KEY, id('UploadId', 'Id')] },
          resource: {
            type: 'MultipartUploadPart',
            identifiers: [
              fromParams('BucketName', 'Bucket'),
              fromParams('ObjectKey', 'Key'),
              fromParams('MultipartUploadId', 'UploadId'),
              fromResponse('PartNumber', 'Parts[].PartNumber'),
            ],
            path: 'Parts[]',
          },
        },
      },
    },
    MultipartUploadPart: {
      identifiers: [{ name: 'BucketName' }, { name: 'ObjectKey' }, { name: 'MultipartUploadId' }, { name: 'PartNumber', type: 'integer', memberName: 'PartNumber' }],
      shape: 'Part',
      actions: {
        CopyFrom: call('UploadPartCopy', [...OBJECT_KEY, id('UploadId', 'MultipartUploadId'), id('PartNumber', 'PartNumber')]),
        Upload: call('UploadPart', [...OBJECT_KEY, id('UploadId', 'MultipartUploadId'), id('PartNumber', 'PartNumber')]),
      },
      has: {
        MultipartUpload: {
          resource: { type: 'MultipartUpload', identifiers: [id('BucketName', 'BucketName'), id('ObjectKey', 'ObjectKey'), id('Id', 'MultipartUploadId')] },
        },
      },
    },
    Object: {
      identifiers: [{ name: 'BucketName' }, { name: 'Key' }],
      shape: 'HeadObjectOutput',
      load: { request: { operation: 'HeadObject', params: OBJECT }, path: '@' },
      actions: objectActions,
      batchActions: objectBatchDelete,
      waiters: objectWaiters,
      has: {
        ...objectHas,
        // IBM: targets named Bucket/Key while ObjectProtection declares BucketName/ObjectKey; sub-resource
        // identifiers are positional, so the names do not matter
        Protection: { resource: { type: 'ObjectProtection', identifiers: [id('Bucket', 'BucketName'), id('Key', 'Key')] } },
      },
    },
    ObjectAcl: {
      identifiers: [{ name: 'BucketName' }, { name: 'ObjectKey' }],
      shape: 'GetObjectAclOutput',
      load: { request: { operation: 'GetObjectAcl', params: OBJECT_KEY }, path: '@' },
      actions: { Put: call('PutObjectAcl', OBJECT_KEY) },
      has: { Object: { resource: { type: 'Object', identifiers: [id('BucketName', 'BucketName'), id('Key', 'ObjectKey')] } } },
    },
    ObjectProtection: {
      identifiers: [{ name: 'BucketName' }, { name: 'ObjectKey' }],
      shape: 'ListLegalHoldsOutput',
      load: { request: { operation: 'ListLegalHolds', params: OBJECT_KEY }, path: '@' },
      actions: {
        AddLegalHold: call('AddLegalHold', OBJECT_KEY),
        DeleteLegalHold: call('DeleteLegalHold', OBJECT_KEY),
        ExtendObjectRetention: call('ExtendObjectRetention', OBJECT_KEY),
        ListLegalHolds: call('ListLegalHolds', OBJECT_KEY),
      },
    },
    ObjectSummary: {
      identifiers: [{ name: 'BucketName' }, { name: 'Key' }],
      shape: 'Object',
      // no load here: HeadObject with ContentLength as Size, injected by lib/s3/inject.ts
      actions: objectActions,
      batchActions: objectBatchDelete,
      waiters: objectWaiters,
      has: {
        ...objectHas,
        Object: { resource: { type: 'Object', identifiers: [id('BucketName', 'BucketName'), id('Key', 'Key')] } },
      },
    },
    ObjectVersion: {
      identifiers: [{ name: 'BucketName' }, { name: 'ObjectKey' }, { name: 'Id' }],
      shape: 'ObjectVersion',
      actions: {
        Delete: call('DeleteObject', [...OBJECT_KEY, id('VersionId', 'Id')]),
        Get: call('GetObject', [...OBJECT_KEY, id('VersionId', 'Id')]),
        Head: call('HeadObject', [...OBJECT_KEY, id('VersionId', 'Id')]),
      },
      // `[*]`: Key and VersionId of one version land in the same Objects entry
      batchActions: {
        Delete: call('DeleteObjects', [BUCKET, id('Delete.Objects[*].Key', 'ObjectKey'), id('Delete.Objects[*].VersionId', 'Id')]),
      },
      has: { Object: { resource: { type: 'Object', identifiers: [id('BucketName', 'BucketName'), id('Key', 'ObjectKey')] } } },
    },
  },
};
