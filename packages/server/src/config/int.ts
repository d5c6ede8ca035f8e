// An integer setting with its bounds, default and description, as every part of the configuration schema declares one.
import { Type } from '@sinclair/typebox';

export const Int = (min: number, max: number, dflt: number, description: string) =>
  Type.Integer({ minimum: min, maximum: max, default: dflt, description });
