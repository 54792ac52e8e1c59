// A thin typed view over the service model data: shape lookup and operation lookup.
import type { MemberRef, OperationModel, ServiceModel, Shape } from '../model/types.js';
import { UnknownOperationError } from '../errors.js';
import { describe, own } from './own.js';

export class ModelView {
  constructor(readonly data: ServiceModel) {}

  shape(name: string): Shape {
    const shape = own(this.data.shapes, name);
    if (!shape) throw new Error(`model has no shape '${name}'`);
    return shape;
  }

  /** The shape a member reference points at. */
  of(ref: MemberRef): Shape {
    return this.shape(ref.shape);
  }

  operation(name: string): OperationModel {
    const op = own(this.data.operations, name);
    if (!op) throw new UnknownOperationError(`Unknown operation: ${describe(name)}`);
    return op;
  }

  operationNames(): string[] {
    return Object.keys(this.data.operations);
  }

  inputShape(op: OperationModel): Shape | undefined {
    return op.input ? this.shape(op.input.shape) : undefined;
  }

  outputShape(op: OperationModel): Shape | undefined {
    return op.output ? this.shape(op.output.shape) : undefined;
  }

  /** Names of exception shapes, for building modeled error classes. */
  exceptionNames(): string[] {
    return Object.entries(this.data.shapes)
      .filter(([, s]) => s.exception)
      .map(([n]) => n);
  }

  /** Whether a member's value is secret (never shown in errors, logs or inspect output). */
  isSensitive(ref: MemberRef): boolean {
    return Boolean(ref.sensitive || this.of(ref).sensitive);
  }

}
