import { expect } from 'chai';
import { ibmEndpoint } from '../../lib/s3/endpoints.js';
import { InvalidConfigError, client } from '../../lib/index.js';

describe('s3/endpoints (IBM COS hostnames)', () => {
  it('builds public, private and direct endpoints for regions, cross-region and single sites', () => {
    expect(ibmEndpoint('us-south')).to.equal('https://s3.us-south.cloud-object-storage.appdomain.cloud');
    expect(ibmEndpoint('eu-de', 'private')).to.equal('https://s3.private.eu-de.cloud-object-storage.appdomain.cloud');
    expect(ibmEndpoint('us', 'direct')).to.equal('https://s3.direct.us.cloud-object-storage.appdomain.cloud');
    expect(ibmEndpoint('ams03')).to.equal('https://s3.ams03.cloud-object-storage.appdomain.cloud');
  });

  it('refuses what is not a location or an endpoint type', () => {
    expect(() => ibmEndpoint('evil.com/x')).to.throw(InvalidConfigError);
    expect(() => ibmEndpoint('us-south', 'secret' as never)).to.throw(InvalidConfigError);
  });

  it('a client without endpoint_url resolves it from region_name and endpoint_type', () => {
    const c = client('s3', { region_name: 'jp-tok', endpoint_type: 'private', aws_access_key_id: 'a', aws_secret_access_key: 'b' });
    expect(c.meta.endpoint_url).to.equal('https://s3.private.jp-tok.cloud-object-storage.appdomain.cloud');
    expect(client('s3', { endpoint_url: 'http://127.0.0.1:1', aws_access_key_id: 'a', aws_secret_access_key: 'b' }).meta.endpoint_url).to.equal('http://127.0.0.1:1');
  });
});
