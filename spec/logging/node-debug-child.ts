// Run by logging.spec.ts with and without NODE_DEBUG=cos-boto3: one ListBuckets against a local server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { client } from '../../lib/index.js';
import { FAKE_KEYS } from '../helpers/clients.js';

const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end('<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const s3 = client('s3', { endpoint_url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, ...FAKE_KEYS });
await s3.list_buckets();
await s3.close();
server.close();
