/** A blank in a template, filled in place by the writer. */
export interface TemplateSlot {
  /** lower-case words joined by hyphens; written as {id} in the text */
  id: string;
  /** what goes here, read out as the input's label */
  label: string;
  /** a realistic filling, shown as the placeholder and used by the tests */
  example: string;
}

export interface Template {
  id: string;
  text: string;
  slots: TemplateSlot[];
  /** the framework or passage it comes from */
  source: string;
}

/** Templates grouped by what the writer wants to do; one data file each under rules/templates/. */
export interface TemplateGroup {
  id: string;
  title: string;
  intent: string;
  /** extra words the search should find this group by */
  keywords: string[];
  templates: Template[];
}

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'slot'; slot: TemplateSlot };
