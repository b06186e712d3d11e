import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/**
 * axe's findings of serious or critical impact, inside `scope` (a CSS selector) or on the whole page, each as
 * "rule: the elements it names". axe takes many seconds on a busy machine, so the calling test gets two minutes.
 */
export async function seriousViolations(page: Page, scope?: string): Promise<string[]> {
	test.setTimeout(120_000);
	const builder = new AxeBuilder({ page });
	const { violations } = await (scope ? builder.include(scope) : builder).analyze();
	return violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
