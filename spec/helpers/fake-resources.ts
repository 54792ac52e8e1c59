// A made-up resource model over the made-up "notes" service (spec/helpers/fake-model.ts), extended
// with a few operations: boards hold notes; listing, batch deletes, plural imports, references,
// constants, data-sourced params, name collisions. It proves the resource engine is generic.
import type { PaginatorModel, ResourceModel, ServiceModel } from '../../lib/model/types.js';
import { notesModel } from './fake-model.js';

const op = (name: string, method: 'GET' | 'POST' | 'DELETE', input?: string, output?: string) => ({
  name, http: { method, requestUri: `/${name}` }, ...(input ? { input: { shape: input } } : {}), ...(output ? { output: { shape: output } } : {}),
});
const struct = (members: Record<string, string>, required: string[] = []) => ({
  type: 'structure' as const, required, members: Object.fromEntries(Object.entries(members).map(([k, shape]) => [k, { shape }])),
});

export const libraryModel: ServiceModel = {
  ...notesModel,
  operations: {
    ...notesModel.operations,
    ListNotes: op('ListNotes', 'GET', 'ListNotesRequest', 'ListNotesOutput'),
    ListBoards: op('ListBoards', 'GET', undefined, 'ListBoardsOutput'),
    CreateBoard: op('CreateBoard', 'POST', 'BoardRequest', 'CreateBoardOutput'),
    ImportNotes: op('ImportNotes', 'POST', 'BoardRequest', 'ImportNotesOutput'),
    DeleteNotes: op('DeleteNotes', 'POST', 'DeleteNotesRequest', 'DeleteNotesOutput'),
    ArchiveNote: op('ArchiveNote', 'POST', 'ArchiveNoteRequest'),
    CountNote: op('CountNote', 'GET', 'GetNoteRequest'),
    ShareNote: op('ShareNote', 'POST', 'ShareNoteRequest'),
  },
  shapes: {
    ...notesModel.shapes,
    // `Meta` collides with the reserved `meta`, `Count` with the `count` action
    GetNoteOutput: { ...notesModel.shapes.GetNoteOutput!, members: { ...notesModel.shapes.GetNoteOutput!.members, Meta: { shape: 'String' } } },
    BoardRequest: struct({ Board: 'String' }, ['Board']),
    ListNotesRequest: struct({ Board: 'String', Marker: 'String', MaxNotes: 'Integer', Prefix: 'String', Tags: 'TagList' }, ['Board']),
    NoteSummary: struct({ Path: 'String', Size: 'Long', Version: 'Integer' }),
    NoteSummaries: { type: 'list', member: { shape: 'NoteSummary' } },
    ListNotesOutput: struct({ Notes: 'NoteSummaries', NextMarker: 'String', IsTruncated: 'Boolean' }),
    BoardSummary: struct({ Name: 'String', Created: 'Timestamp' }),
    BoardSummaries: { type: 'list', member: { shape: 'BoardSummary' } },
    ListBoardsOutput: struct({ Boards: 'BoardSummaries' }),
    CreateBoardOutput: struct({ Location: 'String' }),
    ImportNotesOutput: struct({ Imported: 'NoteSummaries' }),
    DeleteEntry: struct({ Path: 'String', Version: 'Integer' }),
    DeleteEntries: { type: 'list', member: { shape: 'DeleteEntry' } },
    DeleteSpec: struct({ Notes: 'DeleteEntries', Quiet: 'Boolean' }),
    DeleteNotesRequest: struct({ Board: 'String', Delete: 'DeleteSpec', Reason: 'String' }, ['Board', 'Delete']),
    DeleteNotesOutput: struct({ Deleted: 'DeleteEntries' }),
    ArchiveSpec: struct({ Status: 'String', Days: 'Integer', Forever: 'Boolean' }),
    ArchiveNoteRequest: struct({ Board: 'String', Path: 'String', Archive: 'ArchiveSpec' }, ['Board', 'Path']),
    ShareNoteRequest: struct({ Board: 'String', Path: 'String', Title: 'String', With: 'String' }, ['Board', 'Path']),
    Author: struct({ Name: 'String', Kind: 'String' }),
  },
};

export const libraryPaginators: Record<string, PaginatorModel> = {
  ListNotes: { input_token: 'Marker', output_token: 'NextMarker', more_results: 'IsTruncated', limit_key: 'MaxNotes', result_key: 'Notes' },
};

const board = { target: 'Board', source: 'identifier', name: 'BoardName' } as const;
const path = { target: 'Path', source: 'identifier', name: 'Path' } as const;

export const libraryResources: ResourceModel = {
  service: {
    actions: {
      CreateBoard: {
        request: { operation: 'CreateBoard' },
        resource: { type: 'Board', identifiers: [{ target: 'Name', source: 'requestParameter', path: 'Board' }] },
      },
    },
    hasMany: {
      Boards: {
        request: { operation: 'ListBoards' },
        resource: { type: 'Board', identifiers: [{ target: 'Name', source: 'response', path: 'Boards[].Name' }], path: 'Boards[]' },
      },
    },
  },
  resources: {
    Board: {
      identifiers: [{ name: 'Name' }],
      shape: 'BoardSummary',
      actions: {
        ImportNotes: {
          request: { operation: 'ImportNotes', params: [{ target: 'Board', source: 'identifier', name: 'Name' }] },
          resource: {
            type: 'Note',
            identifiers: [{ target: 'BoardName', source: 'requestParameter', path: 'Board' }, { target: 'Path', source: 'response', path: 'Imported[].Path' }],
            path: 'Imported[]',
          },
        },
        // the same import, without a path: the notes come without data
        ImportNotesBare: {
          request: { operation: 'ImportNotes', params: [{ target: 'Board', source: 'identifier', name: 'Name' }] },
          resource: {
            type: 'Note',
            identifiers: [{ target: 'BoardName', source: 'requestParameter', path: 'Board' }, { target: 'Path', source: 'response', path: 'Imported[].Path' }],
          },
        },
      },
      has: { Note: { resource: { type: 'Note', identifiers: [{ target: 'BoardName', source: 'identifier', name: 'Name' }, { target: 'Path', source: 'input' }] } } },
      hasMany: {
        Notes: {
          request: { operation: 'ListNotes', params: [{ target: 'Board', source: 'identifier', name: 'Name' }] },
          resource: {
            type: 'Note',
            identifiers: [{ target: 'BoardName', source: 'requestParameter', path: 'Board' }, { target: 'Path', source: 'response', path: 'Notes[].Path' }],
            path: 'Notes[]',
          },
        },
      },
    },
    Note: {
      identifiers: [{ name: 'BoardName' }, { name: 'Path' }],
      shape: 'GetNoteOutput',
      load: { request: { operation: 'GetNote', params: [board, path] }, path: '@' },
      actions: {
        Archive: {
          request: {
            operation: 'ArchiveNote',
            params: [board, path, { target: 'Archive.Status', source: 'string', value: 'archived' },
              { target: 'Archive.Days', source: 'integer', value: 30 }, { target: 'Archive.Forever', source: 'boolean', value: false }],
          },
        },
        Count: { request: { operation: 'CountNote', params: [board, path] } },
        Put: { request: { operation: 'PutNote', params: [board, path] }, path: 'Revision' },
        // the title comes from the loaded data
        Share: { request: { operation: 'ShareNote', params: [board, path, { target: 'Title', source: 'data', path: 'Title' }] } },
      },
      batchActions: {
        Delete: {
          request: {
            operation: 'DeleteNotes',
            params: [board, { target: 'Delete.Notes[*].Path', source: 'identifier', name: 'Path' }, { target: 'Delete.Notes[*].Version', source: 'data', path: 'Version' }],
          },
        },
      },
      has: {
        Board: { resource: { type: 'Board', identifiers: [{ target: 'Name', source: 'identifier', name: 'BoardName' }] } },
        // a reference: its identifier comes from the note's data
        FirstAuthor: { resource: { type: 'Author', identifiers: [{ target: 'Name', source: 'data', path: 'Authors[0].Name' }], path: 'Authors[0]' } },
      },
      waiters: { Exists: { waiterName: 'NoteExists', params: [board, path] } },
    },
    Author: { identifiers: [{ name: 'Name' }], shape: 'Author' },
    Revision: { identifiers: [{ name: 'BoardName' }, { name: 'Path' }, { name: 'Number', type: 'integer' }] },
  },
};
