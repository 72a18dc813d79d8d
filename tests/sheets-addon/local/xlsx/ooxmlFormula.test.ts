import { describe, expect, it } from 'vitest';
import { ooxmlFormula } from '../../../../sheets-addon/local/xlsx/ooxmlFormula';

describe('ooxmlFormula', () => {
  it('names functions newer than Excel 2007 with _xlfn., wherever they sit in the formula', () => {
    expect(ooxmlFormula('IF(MAXIFS(A:A,A:A,"<="&B1)=0,"",MAXIFS(A:A,A:A,"<="&B1))')).toBe(
      'IF(_xlfn.MAXIFS(A:A,A:A,"<="&B1)=0,"",_xlfn.MAXIFS(A:A,A:A,"<="&B1))',
    );
    expect(ooxmlFormula('BITOR(IF($I2=1,$H2,0),$J3)')).toBe('_xlfn.BITOR(IF($I2=1,$H2,0),$J3)');
  });

  it('leaves older functions, text, sheet names and already prefixed names alone', () => {
    expect(ooxmlFormula('IFERROR(VLOOKUP(LOWER($A2),\'BITOR(\'!$A:$E,5,0),"MAXIFS(")')).toBe(
      'IFERROR(VLOOKUP(LOWER($A2),\'BITOR(\'!$A:$E,5,0),"MAXIFS(")',
    );
    expect(ooxmlFormula('_xlfn.BITOR(1,2)+XBITOR(1)')).toBe('_xlfn.BITOR(1,2)+XBITOR(1)');
  });
});
