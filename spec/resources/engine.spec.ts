// The resource engine is generic: classes built from a made-up non-S3 model ("library": boards and
// notes over spec/helpers/fake-model.ts) behave as the S3 ones do, and lib/resources names no service.
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HierarchicalEmitter } from '../../lib/client/events.js';
import { ResourceLoadException, ResourceNotLoadedError } from '../../lib/errors.js';
import { type ClassAttributes, ResourceFactory } from '../../lib/resources/factory.js';
import type { ServiceResource } from '../../lib/resources/base.js';
import { libraryModel, libraryPaginators, libraryResources } from '../helpers/fake-resources.js';
import { repoRoot } from '../helpers/server.js';
import { type SpyClient, spyClient } from '../helpers/spy-client.js';

type Any = ServiceResource & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function setUp(events?: HierarchicalEmitter): { lib: Any; spy: SpyClient; factory: ResourceFactory } {
  const factory = new ResourceFactory({ serviceName: 'library', resourceModel: libraryResources, serviceModel: libraryModel, events });
  const spy = spyClient({ paginators: libraryPaginators });
  return { lib: factory.serviceResource(spy) as Any, spy, factory };
}

describe('resources engine on a made-up service', () => {
  it('builds classes named <service>.<Name> and announces each before it is made', () => {
    const events = new HierarchicalEmitter();
    const seen: string[] = [];
    events.register('creating-resource-class.library', (e) => {
      seen.push(e.event_name);
      const attrs = (e as unknown as { class_attributes: ClassAttributes }).class_attributes;
      attrs.shout = { value: function (this: Any) { return `${this.meta.resource_model.name}!`; } };
    });
    const { lib } = setUp(events);
    const note = lib.Board('b').Note('n');
    expect(note.constructor.name).to.equal('library.Note');
    expect(seen).to.deep.equal(['creating-resource-class.library.ServiceResource', 'creating-resource-class.library.Board', 'creating-resource-class.library.Note']);
    expect(note.shout()).to.equal('Note!');
  });

  it('renames a name claimed twice with its category; meta and load stay reserved', () => {
    const { lib } = setUp();
    const note = lib.Board('b').Note('n');
    note.meta.data = { Count: 3, Meta: 'm', Title: 't' };
    expect(note.count).to.be.a('function'); // the action came first
    expect(note.count_attribute).to.equal(3);
    expect(note.meta_attribute).to.equal('m');
    expect(note.meta.resource_model.renamed.get('attribute:count')).to.equal('count_attribute');
  });

  it('exposes every resource on the service resource, identifiers as input, typed integers kept', () => {
    const { lib } = setUp();
    expect(lib.get_available_subresources()).to.deep.equal(['Author', 'Board', 'Note', 'Revision']);
    const rev = lib.Revision('b', 'p', 3);
    expect([rev.board_name, rev.path, rev.number]).to.deep.equal(['b', 'p', 3]);
    expect(() => lib.Revision('b', 'p')).to.throw('Required parameter number not set');
  });

  it('a reference comes from the data: a property, needing the data loaded', () => {
    const { lib } = setUp();
    const note = lib.Board('b').Note('n');
    expect(() => note.first_author).to.throw(ResourceNotLoadedError);
    note.meta.data = { Authors: [{ Name: 'ada', Kind: 'human' }] };
    const author = note.first_author;
    expect(author.constructor.name).to.equal('library.Author');
    expect([author.name, author.kind]).to.deep.equal(['ada', 'human']);
    note.meta.data = {};
    expect(note.first_author).to.equal(null);
  });

  it('plural responses: one resource per list element, data only when the action gives a path', async () => {
    const { lib, spy } = setUp();
    spy.handlers.import_notes = () => ({ Imported: [{ Path: 'a', Size: 1 }, { Path: 'b', Size: 2 }] });
    const notes = await lib.Board('b').import_notes();
    expect(notes.map((n: Any) => [n.board_name, n.path, n.size])).to.deep.equal([['b', 'a', 1], ['b', 'b', 2]]);
    const bare = await lib.Board('b').import_notes_bare();
    expect(bare.map((n: Any) => n.path)).to.deep.equal(['a', 'b']);
    expect(() => bare[0].size).to.throw(ResourceNotLoadedError);
    // no identifiers in the answer: an empty value shaped by the output model
    spy.handlers.import_notes = () => ({});
    expect(await lib.Board('b').import_notes()).to.deep.equal([]);
  });

  it('constants and nested targets build the request; the caller\'s params win', async () => {
    const { lib, spy } = setUp();
    await lib.Board('b').Note('n').archive({ Path: 'other' });
    expect(spy.calls[0]).to.deep.include({ method: 'archive_note', params: { Board: 'b', Path: 'other', Archive: { Status: 'archived', Days: 30, Forever: false } } });
  });

  it('a data-sourced param loads the resource first; the action then clears the data', async () => {
    const { lib, spy } = setUp();
    spy.handlers.get_note = () => ({ Title: 'hello' });
    const note = lib.Board('b').Note('n');
    await note.share({ With: 'bob' });
    expect(spy.calls.map((c) => [c.method, c.params])).to.deep.equal([
      ['get_note', { Board: 'b', Path: 'n' }],
      ['share_note', { Board: 'b', Path: 'n', Title: 'hello', With: 'bob' }],
    ]);
    expect(note.meta.data).to.equal(null);
  });

  it('an action with a path returns that part of the response', async () => {
    const { lib, spy } = setUp();
    spy.handlers.put_note = () => ({ Revision: 9, Stored: true });
    expect(await lib.Board('b').Note('n').put({ Note: { Title: 't' } })).to.equal(9);
  });

  it('a paginated collection: limit and page_size reach the paginator; batch actions pair [*] targets per item', async () => {
    const { lib, spy } = setUp();
    spy.handlers.list_notes = (p) => (p.Marker === undefined
      ? { Notes: [{ Path: 'a', Version: 1 }, { Path: 'b', Version: 2 }], IsTruncated: true, NextMarker: 'b' }
      : { Notes: [{ Path: 'c', Version: 3 }], IsTruncated: false });
    const notes = await lib.Board('b').notes.filter({ Prefix: 'x' }).page_size(2).toArray();
    expect(notes.map((n: Any) => n.path)).to.deep.equal(['a', 'b', 'c']);
    expect(spy.callsOf('list_notes').map((c) => c.params)).to.deep.equal([
      { Board: 'b', Prefix: 'x', MaxNotes: 2 },
      { Board: 'b', Prefix: 'x', MaxNotes: 2, Marker: 'b' },
    ]);
    spy.reset();
    const responses = await lib.Board('b').notes.all().delete({ Reason: 'cleanup' });
    expect(responses).to.have.length(2);
    expect(spy.callsOf('delete_notes').map((c) => c.params)).to.deep.equal([
      { Board: 'b', Delete: { Notes: [{ Path: 'a', Version: 1 }, { Path: 'b', Version: 2 }] }, Reason: 'cleanup' },
      { Board: 'b', Delete: { Notes: [{ Path: 'c', Version: 3 }] }, Reason: 'cleanup' },
    ]);
  });

  it('a collection without a paginator makes one call and applies limit itself', async () => {
    const { lib, spy } = setUp();
    spy.handlers.list_boards = () => ({ Boards: [{ Name: 'x' }, { Name: 'y' }, { Name: 'z' }] });
    const boards = await lib.boards.limit(2).toArray();
    expect(boards.map((b: Any) => b.name)).to.deep.equal(['x', 'y']);
    expect(spy.calls.map((c) => c.method)).to.deep.equal(['list_boards']);
  });

  it('a service action returns the resource named by the request', async () => {
    const { lib } = setUp();
    const board = await lib.create_board({ Board: 'new' });
    expect(board.equals(lib.Board('new'))).to.equal(true);
  });

  it('waiters call the client waiter with the identifiers', async () => {
    const { lib, spy } = setUp();
    expect(await lib.Board('b').Note('n').wait_until_exists({ WaiterConfig: { Delay: 0 } })).to.equal(undefined);
    expect(spy.calls).to.deep.equal([{ method: 'wait:note_exists', params: { Board: 'b', Path: 'n', WaiterConfig: { Delay: 0 } }, options: {} }]);
  });

  it('a resource without load: attributes need data from a listing', () => {
    const { lib } = setUp();
    expect(() => lib.Author('ada').kind).to.throw(ResourceLoadException, 'library.Author has no load method');
  });

  it('lib/resources names no service', () => {
    const dir = join(repoRoot(), 'lib/resources');
    for (const file of readdirSync(dir)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.to.match(/\bs3\b|S3|\bibm\b|IBM/);
    }
  });
});
