// The shared config files' INI dialect: what botocore's configloader (RawConfigParser) reads.
import { expect } from 'chai';
import { parseIni } from '../../lib/core/ini.js';

describe('INI files (botocore dialect)', () => {
  it('nested sections: a key with an empty value and more-indented lines under it', () => {
    const text = [
      '[profile dev]',
      'region = eu-de',
      's3 =',
      '  addressing_style = path',
      '  # a comment inside',
      '',
      '  payload_signing_enabled = true',
      'retry_mode = standard',
    ].join('\n');
    expect(parseIni(text)).to.deep.equal({
      'profile dev': { region: 'eu-de', s3: { addressing_style: 'path', payload_signing_enabled: 'true' }, retry_mode: 'standard' },
    });
  });

  it('option names are lower-cased, values kept as written; `:` is a delimiter too; no inline comments', () => {
    expect(parseIni('[default]\r\nAWS_Access_Key_ID = AKID\r\nendpoint_url: http://h:1/x=y # not a comment\r\n')).to.deep.equal({
      default: { aws_access_key_id: 'AKID', endpoint_url: 'http://h:1/x=y # not a comment' },
    });
  });

  it('an empty value with nothing indented under it stays empty; lines before any section are ignored', () => {
    expect(parseIni('orphan = 1\n[a]\nk =\nnext = 2\n')).to.deep.equal({ a: { k: '', next: '2' } });
  });
});
