import { Body, Controller, Get, HttpCode, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { badRequest } from '../../common/app-error.js';
import { InjectConfig } from '../../common/config.provider.js';
import type { Config } from '../../config/config.js';
import { BearerAuthGuard } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { receiveFile } from '../imports/multipart-file.js';
import { CoursesImportService, type CatalogueImportResult } from './courses-import.service.js';
import { CoursesService } from './courses.service.js';
import { NewCourseDto } from './dto/new-course.dto.js';
import {
  CoursesRepository,
  type CourseView,
  type UncataloguedActivity,
} from './courses.repository.js';

/** The course catalogue: import, list, and the activities still to classify. */
@ApiTags('courses')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Controller('api/courses')
export class CoursesController {
  constructor(
    private readonly imports: CoursesImportService,
    private readonly catalogue: CoursesService,
    private readonly courses: CoursesRepository,
    @InjectConfig() private readonly config: Config,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Import a course catalogue (CSV or XLSX, field "file"): 200 { applied } or 422 { errors } with nothing applied',
  })
  async import(@Req() request: Request): Promise<CatalogueImportResult> {
    const file = await receiveFile(request, this.config.maxImportBytes);
    return this.imports.import(file.stream);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiBody({ type: NewCourseDto })
  @ApiOperation({
    summary:
      'Add one course (an uncatalogued activity classified): 201 with the course, 400 naming the field, 409 if already catalogued',
  })
  add(@Body() body: unknown): Promise<CourseView> {
    return this.catalogue.add(body);
  }

  @Get()
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({ summary: 'The catalogue' })
  list(): Promise<CourseView[]> {
    return this.courses.list();
  }

  @Get('uncatalogued')
  @Roles('admin', 'manager', 'auditor')
  @ApiOperation({
    summary: 'Activities statements treat as courses but the catalogue lacks, with their names',
  })
  uncatalogued(@Query('limit') limit = '100'): Promise<UncataloguedActivity[]> {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 1000) {
      throw badRequest(
        'courses.bad_limit',
        `limit must be a whole number from 1 to 1000, not "${limit}".`,
      );
    }
    return this.courses.uncatalogued(n);
  }
}
