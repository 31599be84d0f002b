import { Conversation, all } from '../helpers/conversation';

test('smoke: benefits happy path', async () => {
  const c = await Conversation.start();
  const steps: [string, string][] = [];
  const log = async (text: string) => {
    const turn = await c.say(text);
    steps.push([text, all(turn) + ` [${turn.pk?.step}/${turn.pk?.sub}]`]);
    return turn;
  };
  steps.push(['<join>', all(await c.join())]);
  await log('Tak, zaczynamy');
  await log('nie mam na opał i jedzenie, brakuje mi pieniędzy na zasiłek');
  await log('tak');
  await log('Mnie');
  await log('Anna Kowalska');
  await log('44051401359');
  await log('ul. Słoneczna 5, 99-100 Demowo');
  await log('601 222 333');
  await log('2');
  await log('1500');
  await log('Opału lub pomocy w opłatach');
  await log('Tak, wysyłam');
  console.log(steps.map(([a, b]) => `> ${a}\n${b}`).join('\n\n'));
  console.log(JSON.stringify(await c.record(), null, 1));
  await c.close();
});
