import { foldName, foldToken, transliterate } from './transliteration';

describe('transliterate (Закон за транслитерацията)', () => {
  it.each([
    ['София', 'sofia'],
    ['Благоевград', 'blagoevgrad'],
    ['Виктория', 'viktoria'],
    ['Мария', 'maria'],
    ['Иванова', 'ivanova'],
    ['Георгиев', 'georgiev'],
    ['Щерев', 'shterev'],
    ['Жеков', 'zhekov'],
    ['Цветелина', 'tsvetelina'],
    ['Чавдар', 'chavdar'],
    ['Шишков', 'shishkov'],
    ['Юлия', 'yulia'],
    ['Яна', 'yana'],
    ['Йордан', 'yordan'],
    ['Димитър', 'dimitar'],
    ['Хаджиев', 'hadzhiev'],
    ['Ия', 'ia'],
    ['Илияна', 'iliyana'],
    ['Гьонов', 'gyonov'],
  ])('%s -> %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });
});

describe('folding', () => {
  it.each([
    ['Мария', 'maria'],
    ['Maria', 'maria'],
    ['MARÍA', 'maria'],
    ['Ştefan', 'stefan'],
    ['Ana-Maria', 'anamaria'],
    ['  Йордан ', 'yordan'],
    ["O'Neil", 'oneil'],
  ])('token %j folds to %s', (input, folded) => {
    expect(foldToken(input)).toBe(folded);
  });

  it.each([
    [
      ['Мария', 'Иванова'],
      ['Maria', 'Ivanova'],
    ],
    [
      ['Мария', 'Иванова'],
      ['Иванова', 'Мария'],
    ],
    [
      ['Димитър', 'Петров'],
      ['DIMITAR', 'petrov'],
    ],
    [
      ['Анна-Мария', 'Попова'],
      ['Anna Maria', 'Popova'],
    ],
    [
      ['Йоана', 'Стоянова'],
      ['Yoana', 'Stoyanova'],
    ],
  ])('%j and %j fold together', (a, b) => {
    expect(foldName(...a)).toBe(foldName(...b));
  });

  it.each([
    [
      ['Мария', 'Иванова'],
      ['Марина', 'Иванова'],
    ],
    [
      ['Maria', 'Ivanova'],
      ['Maria', 'Ivanov'],
    ],
  ])('%j and %j stay apart', (a, b) => {
    expect(foldName(...a)).not.toBe(foldName(...b));
  });
});
