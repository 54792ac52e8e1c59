// A small made-up REST-XML service ("notes"), to show the engines are generic and to pin edge cases.
import type { ServiceModel } from '../../lib/model/types.js';

export const notesModel: ServiceModel = {
  metadata: { apiVersion: '2024-01-01', endpointPrefix: 'notes', serviceId: 'Notes', protocol: 'rest-xml' },
  operations: {
    PutNote: {
      name: 'PutNote',
      http: { method: 'PUT', requestUri: '/{Board}/{Path+}?note' },
      input: { shape: 'PutNoteRequest' },
      output: { shape: 'PutNoteOutput' },
      httpChecksumRequired: true,
    },
    GetNote: {
      name: 'GetNote',
      http: { method: 'GET', requestUri: '/{Board}/{Path+}' },
      input: { shape: 'GetNoteRequest' },
      output: { shape: 'GetNoteOutput' },
      errors: ['NoSuchNote'],
    },
  },
  shapes: {
    String: { type: 'string' },
    Integer: { type: 'integer' },
    Long: { type: 'long' },
    Boolean: { type: 'boolean' },
    Timestamp: { type: 'timestamp' },
    Secret: { type: 'string', sensitive: true },
    Color: { type: 'string', enum: ['red', 'green'] },
    Labels: { type: 'map', key: { shape: 'String' }, value: { shape: 'String' } },
    Title: { type: 'string', min: 1, max: 10 },
    NoSuchNote: { type: 'structure', members: {}, exception: true },
    PutNoteRequest: {
      type: 'structure',
      required: ['Board', 'Path', 'Note'],
      payload: 'Note',
      members: {
        Board: { shape: 'String', location: 'uri', locationName: 'Board' },
        Path: { shape: 'String', location: 'uri', locationName: 'Path' },
        Color: { shape: 'Color', location: 'header', locationName: 'x-note-color' },
        Due: { shape: 'Timestamp', location: 'header', locationName: 'x-note-due' },
        Version: { shape: 'Integer', location: 'querystring', locationName: 'version' },
        Labels: { shape: 'Labels', location: 'headers', locationName: 'x-note-label-' },
        Password: { shape: 'Secret', location: 'header', locationName: 'x-note-password' },
        Note: { shape: 'Note', locationName: 'Note', xmlNamespace: { uri: 'urn:notes' } },
      },
    },
    Note: {
      type: 'structure',
      required: ['Title'],
      members: {
        Title: { shape: 'Title' },
        Pinned: { shape: 'Boolean' },
        Tags: { shape: 'TagList', locationName: 'Tag' },
        Authors: { shape: 'AuthorList' },
        Author: { shape: 'Author' },
        Created: { shape: 'Timestamp' },
      },
    },
    TagList: { type: 'list', member: { shape: 'String' }, flattened: true },
    AuthorList: { type: 'list', member: { shape: 'Author', locationName: 'Author' } },
    Author: {
      type: 'structure',
      xmlNamespace: { prefix: 'xsi', uri: 'http://www.w3.org/2001/XMLSchema-instance' },
      members: {
        Kind: { shape: 'String', locationName: 'xsi:type', xmlAttribute: true },
        Name: { shape: 'String' },
      },
    },
    PutNoteOutput: {
      type: 'structure',
      members: {
        Revision: { shape: 'Long', location: 'header', locationName: 'x-note-revision' },
        Stored: { shape: 'Boolean' },
      },
    },
    GetNoteRequest: {
      type: 'structure',
      required: ['Board', 'Path'],
      members: {
        Board: { shape: 'String', location: 'uri', locationName: 'Board' },
        Path: { shape: 'String', location: 'uri', locationName: 'Path' },
      },
    },
    GetNoteOutput: {
      type: 'structure',
      members: {
        Labels: { shape: 'Labels', location: 'headers', locationName: 'x-note-label-' },
        Modified: { shape: 'Timestamp', location: 'header', locationName: 'Last-Modified' },
        Size: { shape: 'Long', location: 'header', locationName: 'Content-Length' },
        Title: { shape: 'String' },
        Count: { shape: 'Integer' },
        Tags: { shape: 'TagList', locationName: 'Tag' },
        Authors: { shape: 'AuthorList' },
        Created: { shape: 'Timestamp' },
        Pinned: { shape: 'Boolean' },
      },
    },
  },
};
