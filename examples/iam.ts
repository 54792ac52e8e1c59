// IBM Cloud IAM: an API key instead of HMAC keys. The SDK exchanges the key for a bearer token at
// IAM, refreshes it before it expires, and signs every request with it (no SigV4).
//
//   COS_ENDPOINT=https://s3.us-south.cloud-object-storage.appdomain.cloud \
//   IBM_API_KEY_ID=... IBM_SERVICE_INSTANCE_ID=crn:v1:... node build/examples/iam.js
//
// Without those variables it says what to set and exits (the local gateway knows no IAM).
import { client, ClientError, Config } from 'cos-boto3';

const { COS_ENDPOINT, IBM_API_KEY_ID, IBM_SERVICE_INSTANCE_ID } = process.env;

if (!COS_ENDPOINT || !IBM_API_KEY_ID) {
  console.log('iam example: set COS_ENDPOINT, IBM_API_KEY_ID (and IBM_SERVICE_INSTANCE_ID to create buckets) to run it against IBM COS');
} else {
  const cos = client('s3', {
    endpoint_url: COS_ENDPOINT,
    ibm_api_key_id: IBM_API_KEY_ID,
    ibm_service_instance_id: IBM_SERVICE_INSTANCE_ID, // sent as ibm-service-instance-id where COS needs it
    config: new Config({ retries: { max_attempts: 3 } }),
  });
  try {
    const { Buckets } = await cos.list_buckets();
    console.log(`this API key sees ${Buckets?.length ?? 0} buckets: ${Buckets?.map((b) => b.Name).join(', ')}`);
    const extended = await cos.list_buckets_extended();
    console.log(`with their location constraints: ${extended.Buckets?.map((b) => `${b.Name} (${b.LocationConstraint})`).join(', ')}`);
  } catch (err) {
    // a wrong key fails at IAM (IamTokenError) before any COS request; COS refusals are ClientErrors
    if (err instanceof ClientError) console.log(`COS answered ${err.code}: ${err.message}`);
    else throw err;
  } finally {
    await cos.close();
  }
}
