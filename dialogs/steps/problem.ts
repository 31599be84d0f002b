import { markUrgent, teamFor } from '../../intake';
import { CATEGORIES, crisisSuspicion, extract, informationTopic, normalise, triage, type Category } from '../../nlu';
import { crisisMessages } from '../crisisResponse';
import { answerInformation } from '../information';
import { pickChoice } from './common';
import type { ChoiceOption, Prompt } from '../state';
import type { Outcome, Step, StepContext } from './step';

/** Longest description kept; the rest of a pasted wall of text is dropped with a notice. */
export const MAX_DESCRIPTION = 2000;

function categoryChoices(ctx: StepContext): ChoiceOption[] {
  const syn: Record<Category, string[]> = {
    benefits: ['pieniadze', 'zasilek', 'finansow', 'rzeczow', 'pomoc finansowa', 'opal', 'jedzenie'],
    social_work: ['rodzin', 'przemoc', 'uzaleznien', 'kryzys', 'trudna sytuacja'],
    care_services: ['opiek', 'opiekunk', 'dom pomocy', 'dps', 'starsz'],
    information: ['informacj', 'pytanie', 'godziny', 'adres'],
  };
  return CATEGORIES.map((c) => ({ value: c, title: ctx.t(`categoryShort.${c}`), synonyms: syn[c] }));
}

function yesNoChoices(ctx: StepContext): ChoiceOption[] {
  return [
    { value: 'yes', title: ctx.t('choice.yes'), synonyms: ['tak'] },
    { value: 'no', title: ctx.t('problem.confirmNo'), synonyms: ['nie', 'cos innego', 'inne'] },
  ];
}

function afterInfoChoices(ctx: StepContext): ChoiceOption[] {
  return [
    { value: 'intake', title: ctx.t('problem.wantIntake'), synonyms: ['zglosic', 'zgloszenie', 'sprawe', 'tak'] },
    { value: 'question', title: ctx.t('problem.otherQuestion'), synonyms: ['pytanie', 'inne pytanie'] },
    { value: 'done', title: ctx.t('problem.thatsAll'), synonyms: ['to wszystko', 'nie', 'dziekuje', 'koniec', 'nic'] },
  ];
}

/** Stores the category and the team whose queue will hold the record. */
async function setCategory(ctx: StepContext, category: Category, confirmed: boolean): Promise<void> {
  const record = await ctx.ensureRecord();
  record.problem.category = category;
  record.problem.confirmedByResident = confirmed;
  record.team = teamFor(ctx.services.config, category).code;
}

function answerInfo(ctx: StepContext, text: string): Outcome {
  ctx.state.sub = 'anythingElse';
  return { type: 'again', say: [answerInformation(informationTopic(text), ctx.services.config, ctx.t)] };
}

async function describe(text: string, ctx: StepContext): Promise<Outcome> {
  const { t, state } = ctx;
  if (!/\p{L}{2,}/u.test(text)) return { type: 'invalid', say: t('problem.askAgain') };
  // "tak, zaczynamy" once more is not a description of the matter.
  if (text.trim().split(/\s+/).length <= 3 && extract(text, 'yesNo').value === 'yes') return { type: 'invalid', say: t('problem.askAgain') };
  if (/^pomocy\b/.test(normalise(text).folded) && text.trim().split(/\s+/).length <= 3 && !state.safetyAsked) {
    // A bare cry for help: first make sure nobody is in danger, then ask what happened.
    state.safetyAsked = true;
    state.sub = 'safety:describe';
    return { type: 'again' };
  }
  const topic = informationTopic(text);
  const result = triage(text);
  if (topic && (result.category === 'information' || result.lowConfidence) && !result.urgent) return answerInfo(ctx, text);
  const record = await ctx.ensureRecord();
  const say: string[] = [];
  let description = text;
  if (description.length > MAX_DESCRIPTION) {
    description = description.slice(0, MAX_DESCRIPTION);
    say.push(t('input.tooLong', { max: MAX_DESCRIPTION }));
  }
  record.problem.description = record.problem.description ? `${record.problem.description}\n${description}` : description;
  record.problem.suggestedCategory = result.category;
  record.problem.confidence = result.confidence;
  record.problem.reasons = result.reasons;
  record.problem.explanation = result.explanation;
  await setCategory(ctx, result.category, false);
  state.sub = result.lowConfidence ? 'clarify' : 'confirm';
  if (!record.urgency.urgent && !state.safetyAsked && crisisSuspicion(text).suspect) {
    // Recall first: words that hint at danger get one plain safety question before anything else.
    state.safetyAsked = true;
    state.sub = result.lowConfidence ? 'safety:clarify' : 'safety:confirm';
  }
  return { type: 'again', say };
}

function safetyChoices(ctx: StepContext): ChoiceOption[] {
  return [
    { value: 'no', title: ctx.t('safety.no'), synonyms: ['nie', 'nikt', 'wszystko w porzadku', 'bezpieczn'] },
    { value: 'yes', title: ctx.t('safety.yes'), synonyms: ['tak', 'pilne', 'niebezpieczen', 'grozi'] },
  ];
}

async function answerSafety(text: string, ctx: StepContext): Promise<Outcome> {
  const { state, t, services } = ctx;
  const then = (state.sub ?? 'safety:confirm').slice('safety:'.length);
  state.sub = then === 'describe' ? null : then;
  const pick = pickChoice(text, safetyChoices(ctx)) ?? (extract(text, 'yesNo').value as string | null);
  // More words about the matter instead of yes/no: they belong to the description.
  if (!pick && text.trim().split(/\s+/).length >= 3) return describe(text, ctx);
  if (pick !== 'yes') return { type: 'again' };
  markUrgent(await ctx.ensureRecord(), [], [t('safety.evidence')]);
  return { type: 'again', say: crisisMessages(['health_emergency'], services.config, t, ctx.now).slice(1) };
}

export const problemStep: Step = {
  id: 'problem',
  optional: false,
  applies: () => true,
  prompt(ctx): Prompt {
    const { t, state } = ctx;
    switch (state.sub) {
      case 'confirm': {
        const c = state.record?.problem.category ?? 'information';
        return { text: t('problem.confirm', { label: t(`category.${c}`) }), expect: 'choice', choices: yesNoChoices(ctx) };
      }
      case 'clarify':
        return { text: t('problem.clarify'), expect: 'choice', choices: categoryChoices(ctx), allowFreeText: true };
      case 'anythingElse':
        return { text: t('problem.anythingElse'), expect: 'choice', choices: afterInfoChoices(ctx), allowFreeText: true };
      case 'safety:confirm':
      case 'safety:clarify':
      case 'safety:describe':
        return { text: t('safety.ask'), expect: 'choice', choices: safetyChoices(ctx) };
      default:
        return { text: t('problem.ask'), expect: 'text' };
    }
  },
  clear(record) {
    record.problem = { ...record.problem, description: '', confirmedByResident: false };
  },
  async handle(text, ctx) {
    const { state, t } = ctx;
    switch (state.sub) {
      case 'safety:confirm':
      case 'safety:clarify':
      case 'safety:describe':
        return answerSafety(text, ctx);
      case 'confirm': {
        const pick = pickChoice(text, yesNoChoices(ctx)) ?? (extract(text, 'yesNo').value as string | null);
        if (pick === 'yes') return confirmed(ctx);
        if (pick === 'no') {
          state.sub = 'clarify';
          return { type: 'again' };
        }
        // More words instead of yes/no: the resident is adding to the description.
        if (text.trim().split(/\s+/).length >= 3) return describe(text, ctx);
        return { type: 'invalid', say: t('input.notUnderstood') };
      }
      case 'clarify': {
        const pick = pickChoice(text, categoryChoices(ctx)) as Category | null;
        if (pick) {
          await setCategory(ctx, pick, true);
          return confirmed(ctx);
        }
        if (text.trim().split(/\s+/).length >= 3) return describe(text, ctx);
        return { type: 'invalid', say: t('problem.clarifyInvalid') };
      }
      case 'anythingElse': {
        const pick = pickChoice(text, afterInfoChoices(ctx));
        if (pick === 'done') {
          // Information only: no intake is kept unless something urgent was said.
          const record = state.record;
          if (record && !record.urgency.urgent && record.problem.category === 'information') await ctx.forgetConversation();
          else if (!record) await ctx.forgetConversation();
          return { type: 'end', say: [t('problem.goodbye')] };
        }
        if (pick === 'intake' || pick === 'question') {
          state.sub = null;
          return { type: 'again' };
        }
        state.sub = null;
        return describe(text, ctx);
      }
      default:
        return describe(text, ctx);
    }
  },
};

async function confirmed(ctx: StepContext): Promise<Outcome> {
  const record = await ctx.ensureRecord();
  record.problem.confirmedByResident = true;
  ctx.state.sub = null;
  if (record.problem.category === 'information') {
    ctx.state.sub = 'anythingElse';
    return { type: 'again', say: [answerInformation(informationTopic(record.problem.description), ctx.services.config, ctx.t)] };
  }
  return { type: 'done' };
}
