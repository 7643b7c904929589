// The «Профиль» tab edits the key-client profile: weights, scales, gates and the list
// of criteria. Every edit recomputes the ranking at once, is saved, and can be undone;
// a number that cannot be read changes nothing and says which field it was.
import { test, expect } from "./fixtures.mjs";
import { App } from "./pages/app.mjs";
import { ClientsPage } from "./pages/clients.mjs";
import { ProfilePage, RankingTable } from "./pages/profile.mjs";

const HOUSING = "Объём ввода жилья";
// The other weighted criteria of the demo profile (src/engine/demo/criteria.rs); the
// 13th, «Известность бренда на рынке», already weighs 0 and is not measurable.
const OTHERS = [
  "Плановый объём закупок нашей категории",
  "Рост программы строительства",
  "Количество объектов в работе",
  "Расстояние до нашего склада",
  "Долговая нагрузка",
  "Просроченная дебиторская задолженность",
  "Готовность к долгосрочному договору",
  "Уровень доступа к ЛПР",
  "Доля нашей продукции в закупках категории",
  "Спецификация наших систем в проектах",
  "Требуемая отсрочка платежа",
];

// By hand, from src/engine/demo: with every weight but «Объём ввода жилья» at 0, the
// score is that criterion's normalised value alone: Σ w·s / Σ w = 16·s₁ / 16 = s₁, and
// s₁ = x / 400 · 100, linear from 0 to 400 тыс. м²/год, clamped to [0, 100].
// Housing plans of the largest clients (first value of each client row):
//   ГК «Уральская застройка»   540 → clamped      = 100
//   СЗ «Камская долина»        360 → 360/400·100  =  90
//   ГК «Северный квартал»      310 → 310/400·100  =  77,5
//   ГК «Кубань-Девелопмент»    280 → 280/400·100  =  70
//   ГК «Невская линия»         240 → 240/400·100  =  60
//   ГК «ЮгСтройИнвест»         210 → 210/400·100  =  52,5
// and every other client plans at most 190 (ГК «Сибирские кварталы», 47,5).
const BY_HOUSING = [
  "ГК «Уральская застройка» 100,0",
  "СЗ «Камская долина» 90,0",
  "ГК «Северный квартал» 77,5",
  "ГК «Кубань-Девелопмент» 70,0",
  "ГК «Невская линия» 60,0",
  "ГК «ЮгСтройИнвест» 52,5",
];

async function openProfile(page) {
  const app = new App(page);
  await app.open();
  const clients = new ClientsPage(page);
  const ranking = new RankingTable(page);
  const before = await ranking.top(6);
  await clients.showTab("Профиль");
  const profile = new ProfilePage(page);
  await expect(profile.headings).toHaveCount(13);
  return { clients, ranking, before, profile };
}

test("weights drive the ranking at once, persist, and Ctrl+Z restores the old order", async ({ page }) => {
  const { clients, ranking, before, profile } = await openProfile(page);
  // The demo's weights add up to 100: «Объём ввода жилья» weighs 16 → 16 %.
  await expect(profile.weight(HOUSING)).toHaveValue("16");
  await expect(profile.share(HOUSING)).toHaveText("16\u00a0%");

  for (const name of OTHERS) {
    await profile.setWeight(name, "0");
    await expect(profile.share(name)).toHaveText("0\u00a0%");
  }
  await expect(profile.share(HOUSING)).toHaveText("100\u00a0%");

  await clients.showTab("Рейтинг");
  expect(await ranking.topScores(6)).toEqual(BY_HOUSING);
  expect(before).not.toEqual(BY_HOUSING.map((s) => s.replace(/ [\d,]+$/, "")));

  // Undo every edit with the keyboard (the focus is on the tab, not in a text field).
  for (let i = 0; i < OTHERS.length; i++) await page.keyboard.press("Control+z");
  await expect.poll(() => ranking.top(6)).toEqual(before);

  // Redo them all, let the autosave finish, reload: the edited profile is still there.
  for (let i = 0; i < OTHERS.length; i++) await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => ranking.topScores(6)).toEqual(BY_HOUSING);
  await profile.waitSaved();
  await page.reload();
  await expect.poll(() => ranking.topScores(6)).toEqual(BY_HOUSING);
  await clients.showTab("Профиль");
  await expect(profile.weight(OTHERS[0])).toHaveValue("0");
  await expect(profile.share(HOUSING)).toHaveText("100\u00a0%");
});

test("a weight that is not a number names the field and changes nothing", async ({ page }) => {
  const { clients, ranking, before, profile } = await openProfile(page);
  await profile.setWeight(HOUSING, "abc");
  await expect(profile.refused).toHaveText("Вес: Объём ввода жилья: не число (пример: 1 234,5)");
  await expect(profile.weight(HOUSING)).toHaveValue("16");
  await expect(profile.share(HOUSING)).toHaveText("16\u00a0%");
  // A negative weight is refused by the rules, named with the field too.
  await profile.setWeight(HOUSING, "-1");
  await expect(profile.refused).toContainText("Вес: Объём ввода жилья");
  await expect(profile.refused).toContainText("не может быть отрицательным");
  await expect(profile.weight(HOUSING)).toHaveValue("16");

  // Russian and English number styles are both read.
  // 1 234,5 / (1 234,5 + 84) = 0,93629… → 93,6 %;  12.5 / (12,5 + 84) = 0,12953… → 13 %.
  await profile.setWeight(HOUSING, "1 234,5");
  await expect(profile.share(HOUSING)).toHaveText("93,6\u00a0%");
  await expect(profile.weight(HOUSING)).toHaveValue("1\u00a0234,5");
  await expect(profile.refused).toHaveCount(0);
  await profile.setWeight(HOUSING, "12.5");
  await expect(profile.share(HOUSING)).toHaveText("13\u00a0%");
  await expect(profile.weight(HOUSING)).toHaveValue("12,5");

  // Both edits undone: the ranking is the demo's again.
  await profile.weight(HOUSING).blur(); // Ctrl+Z in a text field is the field's own undo
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect(profile.weight(HOUSING)).toHaveValue("16");
  await clients.showTab("Рейтинг");
  expect(await ranking.top(6)).toEqual(before);
});

test("criteria can be reordered, copied, deleted with undo, added, and rescaled", async ({ page }) => {
  const { profile } = await openProfile(page);
  const names = await profile.names();
  expect(names[0]).toBe(HOUSING);
  // The criterion without unit and scale is flagged as not measurable.
  const brand = "Известность бренда на рынке";
  await expect(profile.card(brand)).toContainText("не измерим: нужны единица и шкала");
  await expect(profile.card(HOUSING)).not.toContainText("не измерим");

  // Move down, then up again; the first criterion cannot move up.
  await expect(profile.button("Выше", HOUSING)).toBeDisabled();
  await profile.button("Ниже", HOUSING).click();
  await expect.poll(async () => (await profile.names()).slice(0, 2)).toEqual([names[1], HOUSING]);
  await profile.button("Выше", HOUSING).click();
  await expect.poll(() => profile.names()).toEqual(names);

  // Duplicate: the copy follows the original.
  await profile.button("Дублировать", HOUSING).click();
  await expect(profile.headings).toHaveCount(14);
  await expect.poll(async () => (await profile.names()).slice(0, 2)).toEqual([HOUSING, `${HOUSING} (копия)`]);

  // Delete the copy: a status line says it can be undone; Ctrl+Z brings it back.
  await profile.button("Удалить", `${HOUSING} (копия)`).click();
  await expect(profile.headings).toHaveCount(13);
  await expect(profile.deletedNote).toContainText(`«${HOUSING} (копия)»`);
  await expect(profile.deletedNote).toContainText("Ctrl+Z");
  await page.keyboard.press("Control+z");
  await expect(profile.headings).toHaveCount(14);
  await expect(profile.deletedNote).toHaveCount(0);

  // Add: a new, empty criterion, flagged until it has a unit and a scale.
  await page.getByRole("button", { name: "Добавить критерий" }).click();
  const fresh = "Новый критерий";
  await expect(profile.card(fresh)).toContainText("не измерим");
  await profile.type("Название", fresh, "Доля монолитного домостроения");
  const renamed = "Доля монолитного домостроения";
  await profile.type("Единица", renamed, "%");
  await profile.select("Нормирование", renamed).selectOption({ label: "по диапазонам" });
  await expect(profile.card(renamed)).not.toContainText("не измерим");
  await profile.button("Добавить диапазон", renamed).click();
  await profile.type("Диапазон 2, от значения", renamed, "50");
  await profile.type("Диапазон 2, балл", renamed, "100");
  await expect(profile.field("Диапазон 2, балл", renamed)).toHaveValue("100");
  // Thresholds must increase: a second band below the first is refused, named.
  await profile.type("Диапазон 2, от значения", renamed, "-5");
  await expect(profile.refused).toContainText("пороги диапазонов должны возрастать");
  await expect(profile.field("Диапазон 2, от значения", renamed)).toHaveValue("50");
  // An empty name is refused and the old one comes back.
  await profile.type("Название", renamed, "");
  await expect(profile.refused).toContainText("Название: Доля монолитного домостроения");
  await expect(profile.field("Название", renamed)).toHaveValue(renamed);

  await profile.select("Направление", renamed).selectOption({ label: "меньше — лучше" });
  await expect(profile.select("Направление", renamed)).toHaveValue("1");

  // Linear anchors must be ordered: a low anchor above the high one is refused.
  await expect(profile.field("Верхняя граница шкалы", HOUSING)).toHaveValue("400");
  await profile.type("Нижняя граница шкалы", HOUSING, "500");
  await expect(profile.refused).toContainText("Нижняя граница шкалы: Объём ввода жилья");
  await expect(profile.refused).toContainText("нижняя граница шкалы должна быть меньше верхней");
  await expect(profile.field("Нижняя граница шкалы", HOUSING)).toHaveValue("0");
  // A knock-out gate: «Долговая нагрузка» ≤ 5; emptied, the gate is gone; 4,5 sets it.
  const debt = "Долговая нагрузка";
  await expect(profile.field("Отсечение, максимум", debt)).toHaveValue("5");
  await profile.type("Отсечение, максимум", debt, "");
  await expect(profile.field("Отсечение, максимум", debt)).toHaveValue("");
  await profile.type("Отсечение, максимум", debt, "4,5");
  await expect(profile.field("Отсечение, максимум", debt)).toHaveValue("4,5");

  // The form is keyboard-friendly: after an edit, Tab goes on to the next field.
  await profile.weight(HOUSING).fill("20");
  await page.keyboard.press("Tab");
  await expect(profile.select("Нормирование", HOUSING)).toBeFocused();
  // 20 / (20 + 84 + 16 of the restored copy + 0 of the new one) = 0,1666… → 16,7 %.
  await expect(profile.share(HOUSING)).toHaveText("16,7\u00a0%");

  // On a phone the cards fit the screen: no sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

// A change is applied a moment after its `change` event (once the focus has settled).
// Two changes of one criterion made before the first is applied — a quick user, or
// Enter in one field then a choice in the next — must both be kept: the second used
// to be applied to the criterion as it was before the first, undoing it (the unit
// came back empty and the criterion stayed «не измерим»).
// A change is applied a moment after it is read (profile/edit.rs), and the list is
// then written again. A user who has moved on to the next field by then keeps what
// was selected or typed there. The demo's weights add up to 100 (others 84):
// 20 / 104 = 19,2 %; 30 / 114 = 26,3 %.
test("the field typed into while the last change is applied keeps its selection and its text", async ({ page }) => {
  const { profile } = await openProfile(page);
  const gate = profile.field("Отсечение, максимум", "Долговая нагрузка");
  const weight = profile.weight(HOUSING);
  await expect(weight).toHaveValue("16");
  const moveOn = async (gateValue, typed) => {
    const handles = [await gate.elementHandle(), await weight.elementHandle()];
    await page.evaluate(async ([g, w, gateValue, typed]) => {
      g.value = gateValue;
      g.dispatchEvent(new Event("change", { bubbles: true }));
      // Before the change is applied: the weight's text selected, maybe replaced.
      w.focus();
      w.select();
      // (Typed as a user types: the field then commits it when left.)
      if (typed) document.execCommand("insertText", false, typed);
      await new Promise((r) => setTimeout(r, 100));
    }, [...handles, gateValue, typed]);
    await expect(gate).toHaveValue(gateValue);
  };

  await moveOn("4,5", null);
  await page.keyboard.insertText("20");
  await expect(weight).toHaveValue("20");
  await page.keyboard.press("Tab");
  await expect(profile.share(HOUSING)).toHaveText("19,2\u00a0%");

  await moveOn("4", "30");
  await expect(weight).toHaveValue("30");
  await expect(weight).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(profile.share(HOUSING)).toHaveText("26,3\u00a0%");
});

test("two quick changes of one criterion are both kept", async ({ page }) => {
  const { profile } = await openProfile(page);
  const brand = "Известность бренда на рынке";
  await expect(profile.card(brand)).toContainText("не измерим: нужны единица и шкала");
  const unit = await profile.field("Единица", brand).elementHandle();
  const scale = await profile.select("Нормирование", brand).elementHandle();
  // Both changes in one task, before either is applied.
  await page.evaluate(([unit, scale]) => {
    unit.value = "баллов";
    unit.dispatchEvent(new Event("change", { bubbles: true }));
    scale.value = "1";
    scale.dispatchEvent(new Event("change", { bubbles: true }));
  }, [unit, scale]);
  await expect(profile.card(brand)).not.toContainText("не измерим");
  await expect(profile.field("Единица", brand)).toHaveValue("баллов");
  await expect(profile.select("Нормирование", brand)).toHaveValue("1");
});
