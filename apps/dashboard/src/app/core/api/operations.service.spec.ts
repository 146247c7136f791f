import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  aManualValue,
  anIndicatorDefinition,
  anOperationIndicator,
} from '../../../testing/api-fixtures';
import { OperationsService } from './operations.service';

const ID = '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11';

describe('OperationsService: the indicator catalogue, links and manual values', () => {
  let service: OperationsService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(OperationsService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('adds an indicator to the catalogue', () => {
    const definition = anIndicatorDefinition({ code: 'RCO15', notes: null });
    let answer: unknown;
    service.createIndicator(definition).subscribe((created) => (answer = created));

    const request = backend.expectOne({ method: 'POST', url: '/api/indicator-catalogue' });
    expect(request.request.body).toEqual(definition);
    request.flush(definition);
    expect(answer).toEqual(definition);
  });

  it('changes an indicator by its code, which goes in the path', () => {
    service.updateIndicator('RCO.1/2', { unit: 'bodies', notes: null }).subscribe();

    const request = backend.expectOne({
      method: 'PATCH',
      url: '/api/indicator-catalogue/RCO.1%2F2',
    });
    expect(request.request.body).toEqual({ unit: 'bodies', notes: null });
    request.flush(anIndicatorDefinition());
  });

  it('links an indicator with its whole baseline, milestone and target', () => {
    const targets = { baseline: null, milestone: null, target: { value: '12', year: 2023 } };
    service.saveIndicator(ID, 'RCO14', targets).subscribe();

    const request = backend.expectOne({
      method: 'PUT',
      url: `/api/operations/${ID}/indicators/RCO14`,
    });
    expect(request.request.body).toEqual(targets);
    request.flush(anOperationIndicator());
  });

  it('lists and adds the values of a manual indicator', () => {
    let listed: unknown;
    service.listManualValues(ID, 'RCO14').subscribe((values) => (listed = values));
    backend
      .expectOne({ method: 'GET', url: `/api/operations/${ID}/indicators/RCO14/values` })
      .flush([aManualValue('2023-12-31', '12.00')]);
    expect(listed).toEqual([aManualValue('2023-12-31', '12.00')]);

    const value = { asOf: '2024-03-31', value: '3', source: 'Register 2024' };
    service.addManualValue(ID, 'RCO14', value).subscribe();
    const request = backend.expectOne({
      method: 'POST',
      url: `/api/operations/${ID}/indicators/RCO14/values`,
    });
    expect(request.request.body).toEqual(value);
    request.flush(aManualValue('2024-03-31', '3.00'));
  });
});
