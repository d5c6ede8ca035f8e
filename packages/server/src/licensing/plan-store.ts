// The plan store port: plans are created once by an operator and never change, so readers may cache them.
import type { Plan } from './model.js';

export interface PlanStore {
  /** False when a plan with that id exists. */
  createPlan(plan: Plan, createdAt: number): Promise<boolean>;
  findPlan(id: string): Promise<Plan | undefined>;
  /** Oldest first. */
  listPlans(): Promise<Plan[]>;
}
