import { expect } from 'chai';
import { Readable } from 'node:stream';
import { ModelView } from '../../lib/core/model.js';
import { validateParams } from '../../lib/protocol/validate.js';
import { ParamValidationError } from '../../lib/errors.js';
import { notesModel } from '../helpers/fake-model.js';

const model = new ModelView(notesModel);
const input = model.shape('PutNoteRequest');

function problems(params: unknown): string[] {
  try {
    validateParams(model, input, params);
  } catch (err) {
    expect(err).to.be.instanceOf(ParamValidationError);
    return (err as ParamValidationError).problems;
  }
  return [];
}

describe('protocol/validate (generic, made-up model)', () => {
  it('accepts valid input', () => {
    expect(problems({ Board: 'b', Path: 'p', Note: { Title: 'x', Tags: ['a'] }, Due: new Date(), Version: 2 })).to.deep.equal([]);
  });

  it('reports every problem at once', () => {
    const found = problems({ Path: 5, Colour: 'red', Color: 'blue (enums are not enforced, as in botocore)', Note: { Title: '' , Pinned: 'yes', Tags: 'a' }, Version: 1.5 });
    expect(found).to.have.length(7);
    expect(found.join('\n')).to.include('Missing required parameter in input: "Board"')
      .and.include('Invalid type for parameter Path, value: 5, type: number, valid types: string')
      .and.include('Unknown parameter in input: "Colour"')
      .and.include('Invalid length for parameter Note.Title, value: 0, valid min length: 1')
      .and.include('Invalid type for parameter Note.Pinned')
      .and.include('Invalid type for parameter Note.Tags, value: "a", type: string, valid types: array')
      .and.include('Invalid type for parameter Version, value: 1.5');
  });

  it('checks nested list items with their index in the path', () => {
    const found = problems({ Board: 'b', Path: 'p', Note: { Title: 't', Authors: [{ Name: 'a' }, { Name: 3 }] } });
    expect(found).to.deep.equal(['Invalid type for parameter Note.Authors[1].Name, value: 3, type: number, valid types: string']);
  });

  it('never shows the value of a sensitive member', () => {
    const found = problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Password: 'hunter2\n' });
    expect(found.join()).to.not.include('hunter2');
    expect(found.join()).to.include('***');
  });

  it('rejects header values that HTTP cannot carry (control characters); any other text is sent as UTF-8', () => {
    const found = problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Labels: { a: 'line\nbreak', b: '日本', c: 'ü' } });
    expect(found).to.have.length(1);
    expect(found[0]).to.include('Labels.a');
  });

  it('rejects bad timestamps and accepts Date, ISO strings and epoch seconds', () => {
    expect(problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Due: 'not a date' })).to.have.length(1);
    // V8's Date.parse would take these; botocore's parser does not
    for (const lenient of ['2001', 'Mon 1', '1 2 3', 'x 2020-01-01']) {
      expect(problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Due: lenient }), lenient).to.have.length(lenient === '2001' ? 0 : 1);
    }
    expect(problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Due: new Date('x') })).to.have.length(1);
    expect(problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Due: '2020-01-01T00:00:00Z' })).to.deep.equal([]);
    expect(problems({ Board: 'b', Path: 'p', Note: { Title: 't' }, Due: 1700000000 })).to.deep.equal([]);
  });

  it('rejects a non-object input and a Readable where a structure is expected', () => {
    expect(problems('x')).to.have.length(1);
    expect(problems({ Board: 'b', Path: 'p', Note: Readable.from([]) })).to.have.length(1);
  });
});
